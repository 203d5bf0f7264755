using ComplaintsAssistant.Bot.Tests.Conversations;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.DependencyInjection;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Prompts;

/// <summary>Snooze on the prompt card through the conversation pipeline, on Friday 1 May 2026: a complaint received Monday
/// 20 April is due Tuesday 5 May (4 May is a bank holiday), so its owner gets the reminder 1 working day before.</summary>
public sealed class SnoozeConversationTests : IDisposable
{
    private readonly BotHarness _bot = new();

    private async Task<System.Text.Json.Nodes.JsonObject> PromptAsync()
    {
        var form = (await _bot.SayAsync(BotHarness.Manager, "log complaint")).Messages[0].Card!;
        var logged = await _bot.ClickAsync(BotHarness.Manager, Button(form, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-04-20"), ("howReceived", "Email"),
            ("relationship", "Parent"), ("concerns", "Lack of communication"), ("owner", BotHarness.Manager), ("summary", "Visits cancelled"));
        Assert.Contains("CC-2026-0001", Text(logged.ReplacementCard ?? logged.Messages[0].Card!));
        return await _bot.PromptAsync(BotHarness.Manager, "CC-2026-0001", -1, PromptAudience.Owner);
    }

    [Fact]
    public async Task The_owner_snoozes_the_reminder_the_card_says_until_when_and_by_whom_and_a_second_click_changes_nothing()
    {
        var prompt = await PromptAsync();

        var refused = (await _bot.ClickAsync(BotHarness.Manager, Button(prompt, "Snooze"), ("snooze.until", "2026-05-06"))).ReplacementCard!;
        Assert.Equal("2026-05-06", InputValue(refused, "snooze.until"));
        Assert.Contains("That is after the due date (5 May 2026): choose 5 May 2026 or earlier.", MarksBeside(refused, "snooze.until"));

        var snoozed = (await _bot.ClickAsync(BotHarness.Manager, Button(refused, "Snooze"), ("snooze.until", "2026-05-05"))).ReplacementCard!;
        Assert.Contains("Snoozed until Tuesday 5 May by Morgan Manager: no reminder before then.", Texts(snoozed));
        Assert.DoesNotContain("Snooze", Titles(snoozed));
        Assert.Contains("The stage 1 response for CC-2026-0001 is due on the next working day (5 May 2026)", Texts(snoozed));

        var again = (await _bot.ClickAsync(BotHarness.Manager, Button(prompt, "Snooze"), ("snooze.until", "2026-05-05"))).ReplacementCard!;
        Assert.Contains("Already snoozed until Tuesday 5 May by Morgan Manager; nothing changed.", Texts(again));

        var view = await _bot.CaseAsync("CC-2026-0001");
        var due = DueClock.On(Core.Cases.Case.Restore(view.Case), ClockRules.Default).Single(d => d.Clock == PromptClock.Response);
        Assert.Equal(new DateOnly(2026, 5, 5), (await new PromptSnoozes(_bot.Store, ClockRules.Default.Calendar, 2).FindAsync(view.Case.Id, due))?.Until);
    }

    [Fact]
    public async Task Someone_who_does_not_own_the_deadline_is_offered_no_snooze()
    {
        await PromptAsync();

        var officers = await _bot.PromptAsync(BotHarness.Officer, "CC-2026-0001", -1, PromptAudience.Owner);

        Assert.DoesNotContain("Snooze", Titles(officers));
    }

    public void Dispose() => _bot.Dispose();
}
