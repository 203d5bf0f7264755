using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>One pass of the deadline prompts: reads the case index (as the system, not as a user) for cases with a
/// deadline due soon or overdue (<see cref="CaseIndex.PromptOn"/>), page by page by keyset, loads only those, and sends each prompt the planner calls for through the
/// ledger, so that any number of hosts running passes at once send each prompt once.</summary>
public sealed class PromptScheduler(
    ICaseStore store, PromptPlanner planner, PromptClaims claims, IPromptSender sender, IManagerDirectory managers,
    WorkingDayCalendar calendar, TimeProvider time, PromptSnoozes? snoozes = null)
{
    private const int PageSize = 200;

    public async Task<PromptPass> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (!planner.IsOpen(now)) return new PromptPass(now, InWorkingHours: false, [], []);

        var today = UkDate.On(now);
        var horizon = calendar.AddWorkingDays(today, planner.Settings.MaxWorkingDaysBefore);
        var sent = new List<Prompt>();
        var undelivered = new List<(Prompt, string)>();
        PromptCandidate? after = null;
        while (true)
        {
            var page = await store.ListPromptCandidatesAsync(horizon, after, PageSize, cancellationToken);
            foreach (var candidate in page)
            {
                if (await store.GetAsync(candidate.Id, cancellationToken) is not { } stored) continue;
                foreach (var prompt in planner.For(stored.Value, now))
                {
                    var outcome = await SendAsync(prompt, cancellationToken);
                    if (outcome is null) continue;
                    if (outcome.WasSent) sent.Add(prompt);
                    else undelivered.Add((prompt, outcome.Failure!));
                }
            }
            if (page.Count < PageSize) break;
            after = page[^1];
        }
        return new PromptPass(now, InWorkingHours: true, sent, undelivered);
    }

    /// <summary>Claim, send, record. Null when another host has it, it was sent, it is waiting for a retry, or it is snoozed.</summary>
    private async Task<Delivery?> SendAsync(Prompt prompt, CancellationToken cancellationToken)
    {
        // A reminder its owner snoozed waits for the day they chose; the latest threshold reached then goes, once.
        if (snoozes is not null && await snoozes.HoldsBackAsync(prompt, time.GetUtcNow(), cancellationToken)) return null;
        var (recipient, lookupFailed) = prompt.Audience == PromptAudience.Owner ? (prompt.Due.Owner, null) : await ManagerOfAsync(prompt.Due.Owner, cancellationToken);
        var claim = await claims.ClaimAsync(prompt, recipient ?? prompt.Due.Owner, time.GetUtcNow(), cancellationToken);
        if (claim is null) return null;
        if (recipient is null)
        {
            var why = lookupFailed ?? $"No manager is set up for the owner of {prompt.Reference}, so the escalation can't be sent.";
            await claims.MarkUndeliveredAsync(claim, why, PromptClaims.RetryAt(claim.Value.Attempts, time.GetUtcNow()), time.GetUtcNow(), cancellationToken);
            return Delivery.Unreachable(why);
        }

        return await claims.SendUnderAsync(claim, () => sender.SendAsync(prompt, recipient, cancellationToken), time, cancellationToken);
    }

    /// <summary>The owner's manager, or why nobody could say (kept with the escalation, which is tried again).</summary>
    private async Task<(string? Manager, string? Failed)> ManagerOfAsync(string owner, CancellationToken cancellationToken)
    {
        try
        {
            return (await managers.ManagerOfAsync(owner, cancellationToken), null);
        }
        catch (ManagerLookupFailed e)
        {
            return (null, e.Message);
        }
    }
}

/// <summary>What a pass did.</summary>
public sealed record PromptPass(
    DateTimeOffset At,
    bool InWorkingHours,
    IReadOnlyList<Prompt> Sent,
    IReadOnlyList<(Prompt Prompt, string Why)> Undelivered);
