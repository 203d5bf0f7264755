using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>One run of the daily disposal job: lists what comes within the notice period, destroys what officers approved
/// and is still due and not held, and prunes the access log. Every step can be repeated, so a run stopped half way is
/// finished by the next, and two hosts running at once destroy each case once (decision 0017-retention).</summary>
public sealed class DisposalRun(ICaseStore cases, ILegalHolds holds, IDisposals disposals, ICaseErasure erasure, IEmailStore emails,
    IAccessLog reads, RetentionSchedule schedule, AccessLogRetention accessLogKeep, TimeProvider time)
{
    private const int Page = 200;

    public async Task<DisposalRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = UkDate.Today(time);
        var listed = await SurveyAsync(today, cancellationToken);
        var destroyed = 0;
        foreach (var entry in (await disposals.ListDisposalsAsync(cancellationToken)).Where(e => e.Approval is not null))
            if (await DisposeAsync(entry, today, cancellationToken)) destroyed++;
        var pruned = await reads.DeleteBeforeAsync(accessLogKeep.DeleteBefore(time.GetUtcNow()), cancellationToken);
        return new DisposalRunResult(listed, destroyed, pruned);
    }

    /// <summary>Puts on the list every case within its notice period (or held), from the index: only cases received before
    /// the latest day a retention could have started by now are loaded, since every trigger comes on or after receipt.</summary>
    private async Task<int> SurveyAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var standing = await holds.ListHoldsAsync(includeLifted: false, cancellationToken);
        var before = (await disposals.ListDisposalsAsync(cancellationToken)).ToDictionary(e => e.CaseId);
        var seen = new HashSet<Guid>();
        foreach (var rule in schedule.Rules)
        {
            // A few days' slack: adding months to a month end is not exactly undone by taking them away.
            var receivedBy = rule.Period.Before(today.AddDays(schedule.NoticeDays)).AddDays(3);
            foreach (var kind in Enum.GetValues<CaseKind>().Where(k => RecordClasses.Of(k) == rule.Class))
                for (var skip = 0; ; skip += Page)
                {
                    var page = await cases.ListAsync(new CaseQuery(Kind: kind, ReceivedTo: receivedBy, Skip: skip, Take: Page), cancellationToken);
                    foreach (var summary in page.Where(s => rule.Trigger != RetentionTrigger.Closure || !s.Status.IsOpen()))
                    {
                        if (await cases.GetAsync(summary.Id, cancellationToken) is not { } stored) continue;
                        var decision = DisposalDecision.For(stored.Value, schedule, standing, today);
                        if (decision.DisposeOn is not { } on || on.AddDays(-schedule.NoticeDays) > today) continue;
                        seen.Add(summary.Id);
                        await disposals.NoteDisposalAsync(DisposalEntry.Of(summary.Id, summary.Reference, decision), cancellationToken);
                    }
                    if (page.Count < Page) break;
                }
        }
        // Off the list: no longer within notice (reopened, schedule lengthened). An approved entry whose case is gone is a
        // destruction stopped half way, finished below.
        foreach (var gone in before.Values.Where(e => !seen.Contains(e.CaseId) && e.Approval is null))
            await disposals.RemoveDisposalAsync(gone.CaseId, cancellationToken);
        return seen.Count;
    }

    /// <summary>Destroys an approved case if it is still due and no hold covers it now (a hold placed after approval
    /// still stops it): the store first, then its emails, then the record that it was done.</summary>
    private async Task<bool> DisposeAsync(DisposalEntry entry, DateOnly today, CancellationToken cancellationToken)
    {
        if (await cases.GetAsync(entry.CaseId, cancellationToken) is { } stored)
        {
            var decision = DisposalDecision.For(stored.Value, schedule, await holds.ListHoldsAsync(includeLifted: false, cancellationToken), today);
            if (decision.State != DisposalState.Due) return false;
        }
        await erasure.EraseCaseAsync(entry.CaseId, entry.Reference, cancellationToken);
        await emails.DeleteAllAsync(entry.CaseId, cancellationToken);
        await disposals.RecordDisposalAsync(entry.CaseId, new DisposalRecord(entry.Reference, entry.Class, entry.Rule, today, entry.Approval!.By), cancellationToken);
        return true;
    }
}

/// <param name="Listed">Cases on the officers' list after the run (on notice, due or held).</param>
/// <param name="Destroyed">Cases destroyed in this run.</param>
/// <param name="ReadsPruned">Access-log reads older than <c>Retention:AccessLogKeep</c> deleted.</param>
public sealed record DisposalRunResult(int Listed, int Destroyed, int ReadsPruned);
