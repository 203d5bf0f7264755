using System.Text.Json.Nodes;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>"Create case from this message" in Teams: the intake's rules read the chat message, and the log form for the kind
/// they suggest opens filled in, with the reason and what to check; one chat message is one case.</summary>
public sealed class CaseFromMessageTests : IDisposable
{
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 4, 30, 15, 0, 0, TimeSpan.Zero);
    private readonly BotHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AColleaguesNoteOfAParentsComplaintOpensTheComplaintFormFilledInAndLogsOnce()
    {
        const string note = "Mrs Jane Parent phoned: she wants to make a formal complaint that her son's social worker in the Children in Care team keeps cancelling visits and has not returned her calls.";

        var reply = await _bot.CreateCaseFromMessageAsync(BotHarness.SocialWorker, note, "Sam Social Worker", ThursdayAfternoon);

        var dialog = Assert.IsType<JsonObject>(reply.ReplacementCard);
        Assert.Contains("Log a complaint", Text(dialog));
        Assert.Contains("Suggested: statutory complaint.", Text(dialog));
        Assert.Contains("posted in Teams", Text(dialog)); // the only date is the posting: check it
        Assert.Equal("StatutoryComplaint", InputValue(dialog, "kind"));
        Assert.Equal("2026-04-30", InputValue(dialog, "receivedOn"));
        Assert.Equal(BotHarness.Team, InputValue(dialog, "team"));
        Assert.Equal("Parent", InputValue(dialog, "relationship"));
        Assert.Contains("cancelling visits", InputValue(dialog, "summary"));

        // As Teams submits a dialog: every input's value as shown, plus what the worker chose.
        (string, string)[] Inputs(JsonObject card) =>
        [
            .. new[] { "kind", "receivedOn", "howReceived", "relationship", "team", "summary" }.Select(id => (id, InputValue(card, id)!)),
            ("owner", BotHarness.Manager), ("concerns", "Lack of communication"),
        ];
        var logged = await _bot.ClickAsync(BotHarness.SocialWorker, Button(dialog, "Log complaint"), Inputs(dialog));
        Assert.Contains("CC-2026-0001", Text(PostedCard(logged)));

        var again = (await _bot.CreateCaseFromMessageAsync(BotHarness.SocialWorker, note, "Sam Social Worker", ThursdayAfternoon)).ReplacementCard!;
        await _bot.ClickAsync(BotHarness.SocialWorker, Button(again, "Log complaint"), Inputs(again));
        Assert.Null(await _bot.Store.FindByReferenceAsync("CC-2026-0002"));
    }

    [Fact]
    public async Task AnEmailPastedIntoTheChatGivesItsAuthorAndTheDayItWasSent()
    {
        const string pasted = """
            Passing this on, it came to my work email.

            From: Ioana Price <ioana.price51@sky.com>
            Sent: Saturday, 4 April 2026 23:40
            To: Pike, Laura <laura.pike@thornbury.gov.uk>
            Subject: Complaint about my son's social worker

            I am writing to make a formal complaint about the way my son's social worker has dealt with us. She has cancelled four visits without telling us and has not returned any of my calls.
            """;

        var dialog = (await _bot.CreateCaseFromMessageAsync(BotHarness.SocialWorker, pasted, "Laura Pike", ThursdayAfternoon)).ReplacementCard!;

        Assert.Equal("StatutoryComplaint", InputValue(dialog, "kind"));
        Assert.Equal("2026-04-04", InputValue(dialog, "receivedOn"));
        Assert.DoesNotContain("posted in Teams", Text(dialog));
    }

    [Fact]
    public async Task AThankYouPostedInTheChatOpensTheComplimentFormWithItsWords()
    {
        const string thanks = "Just had a lovely email from a foster carer: 'Thank you so much to the fostering team for all your support this year, we really appreciate it.'";

        var dialog = (await _bot.CreateCaseFromMessageAsync(BotHarness.SocialWorker, thanks, "Sam Social Worker", ThursdayAfternoon)).ReplacementCard!;

        Assert.Contains("Suggested: compliment.", Text(dialog));
        Assert.Equal(thanks, InputValue(dialog, "words"));
    }
}
