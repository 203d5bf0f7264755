using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Tests.Conversations;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Cards;

/// <summary>Every card the bot can send, produced by the real handlers with realistic data (the same path a user takes),
/// for the schema and size checks here and for the browser test that renders each with the official renderer.</summary>
public static class CardGallery
{
    public static async Task<IReadOnlyList<(string Name, JsonObject Card)>> BuildAsync()
    {
        using var bot = new BotHarness();
        var cards = new List<(string, JsonObject)>();
        void Add(string name, JsonObject? card) => cards.Add((name, card ?? throw new InvalidOperationException($"{name}: no card")));
        static JsonObject? Card(TurnReply reply) => reply.ReplacementCard ?? reply.Messages.FirstOrDefault(m => m.Card is not null)?.Card;

        const string sw = BotHarness.SocialWorker, manager = BotHarness.Manager, officer = BotHarness.Officer;
        Add("welcome", Card(await bot.InstalledAsync(sw)));
        Add("help", Card(await bot.SayAsync(sw, "help")));
        Add("help-officer-setup-unfinished", Card(await bot.SayAsync(officer, "help")));
        Add("notice-not-understood", Card(await bot.SayAsync(sw, "what's the weather?")));
        Add("typed-which-kind", Card(await bot.SayAsync(sw, "Young person says their social worker changed three times this year and they were not told why")));
        Add("typed-complaint-form", Card(await bot.SayAsync(sw, "Log a complaint: the parent says the review meeting was cancelled twice and nobody has called back")));
        Add("notice-unknown-button", Card(await bot.ClickAsync(sw, "old.verb", new JsonObject())));
        Add("notice-case-not-found", Card(await bot.SayAsync(sw, "case CC-2026-9999")));

        var complaintForm = Card(await bot.SayAsync(sw, "log complaint"))!;
        Add("form-complaint", complaintForm);
        Add("form-complaint-refused", Card(await bot.ClickAsync(sw, Button(complaintForm, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-08"), ("howReceived", "Email"),
            ("owner", manager), ("summary", "Visits cancelled without notice"))));
        var logged = Card(await bot.ClickAsync(sw, Button(complaintForm, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
            ("relationship", "ChildOrYoungPerson"), ("childComplainedDirectly", "true"), ("supportedByAdvocate", "true"), ("advocateService", "Coram Voice"),
            ("concerns", "Lack of communication,Unhappy with assessment,Lack of communication"), ("owner", manager),
            ("summary", "Visits cancelled without notice; assessment not shared.")))!;
        Add("logged-complaint", logged);

        var memberForm = Card(await bot.SayAsync(manager, "log member enquiry"))!;
        Add("form-member-enquiry", memberForm);
        Add("form-member-enquiry-refused", Card(await bot.ClickAsync(manager, Button(memberForm, "Log member enquiry"),
            ("memberType", "MP"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Letter"), ("owner", manager))));
        Add("logged-member-enquiry", Card(await bot.ClickAsync(manager, Button(memberForm, "Log member enquiry"),
            ("memberType", "MP"), ("memberName", "A Member"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Letter"), ("owner", manager))));
        Add("form-informal", Card(await bot.SayAsync(sw, "log informal representation")));
        var complimentForm = Card(await bot.SayAsync(sw, "log compliment"))!;
        Add("form-compliment", complimentForm);
        Add("form-compliment-dialog", Card(await bot.MessageActionAsync(sw, "Thank you for listening to our daughter.")));
        Add("logged-compliment", Card(await bot.ClickAsync(sw, Button(complimentForm, "Log compliment"),
            ("team", BotHarness.Team), ("category", "Child focus"), ("source", "ParentOrCarer"), ("words", "Thank you for listening to our daughter."))));

        var managerCase = Card(await bot.SayAsync(manager, "case CC-2026-0001"))!;
        Add("case-manager", managerCase);
        Add("case-staff", Card(await bot.SayAsync(sw, "case CC-2026-0001")));
        Add("case-refused-extension", Card(await bot.ClickAsync(manager, Button(managerCase, "Extend"),
            ("extend.totalWorkingDays", "30"), ("extend.ground", "Complex"), ("extend.reason", "Several agencies involved"), ("extend.agreed", "true"))));
        var extended = Card(await bot.ClickAsync(manager, Button(managerCase, "Extend"),
            ("extend.totalWorkingDays", "20"), ("extend.ground", "Complex"), ("extend.reason", "Several agencies involved"), ("extend.agreed", "true")))!;
        Add("case-extended", extended);
        var prompt = await bot.PromptAsync(manager, "CC-2026-0001", -1, Core.Deadlines.PromptAudience.Owner);
        Add("prompt-owner", prompt);
        Add("prompt-snooze-refused", Card(await bot.ClickAsync(manager, Button(prompt, "Snooze"), ("snooze.until", "2026-05-09"))));
        Add("prompt-snoozed", Card(await bot.ClickAsync(manager, Button(prompt, "Snooze"), ("snooze.until", "2026-05-05"))));
        Add("prompt-escalated", await bot.PromptAsync(officer, "CC-2026-0001", 2, Core.Deadlines.PromptAudience.Manager));
        Add("case-conflict", Card(await bot.ClickAsync(manager, Button(managerCase, "Reassign"), ("reassign.owner", officer))));
        var withLearning = Card(await bot.ClickAsync(manager, Button(extended, "Add learning"),
            ("learning.issue", "Visits were cancelled without telling the family"), ("learning.lesson", "Families need notice of changes"),
            ("learning.action", "Text families when a visit moves"), ("learning.department", "Children in Care"),
            ("learning.owner", "Team manager"), ("learning.targetDate", "2026-07-31")))!;
        Add("case-refused-response", Card(await bot.ClickAsync(manager, Button(withLearning, "Record the response"),
            ("respond.respondedOn", "2026-04-30"), ("respond.concern.1", "Upheld"))));
        var responded = Card(await bot.ClickAsync(manager, Button(withLearning, "Record the response"),
            ("respond.outcome", "PartiallyUpheld"), ("respond.resolutions", "Apology,ChangeToPractice"),
            ("respond.concern.1", "Upheld"), ("respond.concern.2", "NotUpheld"), ("respond.concern.3", "Upheld")))!;
        Add("case-responded", responded);

        bot.Time.Advance(TimeSpan.FromDays(30));
        Add("case-overdue", Card(await bot.SayAsync(manager, "case ME-2026-0001")));
        Add("my-cases-staff", Card(await bot.SayAsync(sw, "my cases")));
        Add("my-cases-manager", Card(await bot.SayAsync(manager, "my cases")));
        var learning = Card(await bot.SayAsync(officer, "learning"))!;
        Add("learning-list", learning);
        Add("learning-updated", Card(await bot.ClickAsync(officer, Button(learning, "Save"), ("l0.status", "InProgress"), ("l0.reviewNote", "Texts start in June"))));

        await bot.ChangeAsync(sw, "CC-2026-0001", new RequestEscalation(new DateOnly(2026, 5, 20), null));
        Add("digest", await bot.DigestAsync());
        await bot.ChangeAsync(officer, "CC-2026-0001", new RefuseEscalation(RefusalGround.CourtProceedings, "Care proceedings under way", new DateOnly(2026, 5, 22)));
        Add("case-ombudsman-route", Card(await bot.SayAsync(sw, "case CC-2026-0001")));
        await bot.Store.PlaceHoldAsync(new Core.Retention.LegalHold(Guid.NewGuid(), Core.Retention.HoldScope.Team, BotHarness.Team,
            "Inquiry request: keep records about children in care", officer, bot.Time.GetUtcNow()));
        Add("case-held", Card(await bot.SayAsync(officer, "case CC-2026-0001")));

        var figuresMenu = Card(await bot.SayAsync(officer, "figures"))!;
        Add("figures-menu", figuresMenu);
        Add("figures-did-you-mean", Card(await bot.SayAsync(officer, "stage 1 please")));
        Add("figure-stage1", Card(await bot.SayAsync(officer, "stage 1 on time this year")));
        Add("figure-complaints-by-team", Card(await bot.ClickAsync(officer, Button(figuresMenu, "Complaints by team"))));
        Add("figure-overdue-staff", Card(await bot.SayAsync(sw, "overdue")));
        var stage1 = Card(await bot.SayAsync(officer, "stage 1 on time this year"))!;
        Add("figure-by-team", Card(await bot.ClickAsync(officer, Button(stage1, "By team"))));
        Add("figure-one-team", Card(await bot.SayAsync(officer, "complaints about the Children in Care team since April")));
        Add("figures-which-team", Card(await bot.SayAsync(officer, "complaints for the care team this year")));
        Add("figures-not-your-team", Card(await bot.SayAsync(manager, "stage 1 on time for Fostering this year")));

        // Last, so the case it makes changes no figure above. Arrived the Friday before the harness's today (Friday 1 May).
        var triage = await bot.TriageCardAsync(officer, Intake.Emails.ParentComplaint("gallery@mail.example.com").Replace("29 May 2026", "24 Apr 2026"));
        Add("triage", triage);
        Add("triage-refused", Card(await bot.ClickAsync(officer, Button(triage, "Accept as statutory complaint"), ("team", BotHarness.Team), ("owner", manager))));
        Add("triage-accepted", Card(await bot.ClickAsync(officer, Button(triage, "Accept as statutory complaint"),
            ("team", BotHarness.Team), ("owner", manager), ("concerns", "Lack of communication"))));
        Add("triage-already-decided", Card(await bot.ClickAsync(officer, Button(triage, "Not a case"))));
        return cards;
    }
}
