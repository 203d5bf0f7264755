using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>A case typed to the bot in a chat ("Log a complaint: the parent says…") opens the log form filled in from the words,
/// never a figures answer or "didn't catch that"; words it can't place ask which kind; figures questions are still figures.</summary>
public sealed class TypedCaseTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("Log a complaint: the parent says the review meeting for their son was cancelled twice without notice and nobody has called back", "Log a complaint", "review meeting")]
    [InlineData("New complaint from a foster carer about delays to the allowance payment for September and October", "Log a complaint", "allowance payment")]
    [InlineData("MP enquiry on behalf of a constituent about the outcome of a child protection conference", "Log a member enquiry", "child protection conference")]
    [InlineData("Compliment: the family thanked the duty team for the quick and kind response last Friday", "Log a compliment", "quick and kind")]
    public async Task ACaseTypedToTheBotOpensItsLogFormWithTheWordsKept(string typed, string form, string kept)
    {
        var card = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, typed));

        Assert.Contains(form, Text(card));
        Assert.Contains(kept, InputValue(card, "summary") ?? InputValue(card, "words") ?? "");
        Assert.DoesNotContain("didn't catch", Text(card));
    }

    [Fact]
    public async Task TheTypedComplaintIsLoggedFromItsFormInTheChat()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker,
            "Log a complaint: the parent says the review meeting for their son was cancelled twice without notice and nobody has called back"));

        var logged = await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            [.. new[] { "kind", "receivedOn", "howReceived", "summary" }.Select(id => (id, InputValue(form, id)!)),
                ("team", BotHarness.Team), ("relationship", "Parent"), ("owner", BotHarness.Manager), ("concerns", "Lack of communication")]);

        Assert.Contains("CC-2026-0001", Text(logged.ReplacementCard ?? PostedCard(logged)));
        var summary = (await _bot.CaseAsync("CC-2026-0001")).Case.Summary;
        Assert.StartsWith("the parent says the review meeting", summary); // the label typed before it is not part of the case
    }

    [Fact]
    public async Task ASentenceAboutACaseThatIsLoggedOpensThatCaseNotANewForm()
    {
        var form = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, "Log a complaint: the parent says the review meeting for their son was cancelled twice"));
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            [.. new[] { "kind", "receivedOn", "howReceived", "summary" }.Select(id => (id, InputValue(form, id)!)),
                ("team", BotHarness.Team), ("relationship", "Parent"), ("owner", BotHarness.Manager), ("concerns", "Lack of communication")]);

        var text = Text(PostedCard(await _bot.SayAsync(BotHarness.Manager, "I need to extend the deadline for cc-2026-0001 because the family is away")));

        Assert.Contains("CC-2026-0001", text);
        Assert.DoesNotContain("Log a complaint", text);
    }

    [Theory]
    [InlineData("how many stage 1 complaints this year")]
    [InlineData("stage 1 complaints responded to within 10 working days last year")]
    [InlineData("numbers for last quarter")]
    public async Task FiguresQuestionsAreStillAnsweredAsFigures(string question)
    {
        var text = Text(PostedCard(await _bot.SayAsync(BotHarness.Officer, question)));

        Assert.DoesNotContain("Log a complaint", text);
        Assert.DoesNotContain("didn't catch", text);
    }

    [Theory]
    [InlineData("Young person says their social worker changed three times this year and they were not told why", "A complaint", "Log a complaint", "changed three times")]
    [InlineData("thanks very much for all your help with the team meeting earlier today", "A compliment", "Log a compliment", "team meeting")]
    public async Task WordsTheIntakeCannotPlaceAskWhichKindAndTheChoiceOpensThatFormWithThem(string typed, string choice, string opened, string kept)
    {
        var asked = PostedCard(await _bot.SayAsync(BotHarness.SocialWorker, typed));
        Assert.Contains("Is this a case to log?", Text(asked));
        Assert.DoesNotContain("Log a", Text(asked));

        var form = PostedCard(await _bot.ClickAsync(BotHarness.SocialWorker, Button(asked, choice)));

        Assert.Contains(opened, Text(form));
        Assert.Contains(kept, InputValue(form, "summary") ?? InputValue(form, "words") ?? "");
    }
}
