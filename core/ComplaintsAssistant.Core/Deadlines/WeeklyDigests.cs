using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>The weekly digest to each complaints officer (the people set up with that role), sent once per officer per ISO
/// week through the prompt ledger: on the council's digest day inside working hours, or the first working hours after it
/// that week (a bank holiday, a host that was down), and by one host only however many run. Subject access requests not
/// yet answered are listed in it with their due dates: their clock is prompted as the cases' are. With a disposal list
/// (<paramref name="disposals"/>), the cases awaiting an officer's approval for destruction are in it too.</summary>
public sealed class WeeklyDigests(
    ICaseStore store, IPromptLedger ledger, PromptClaims claims, IDigestSender sender, IPeopleDirectory people,
    PromptPlanner planner, ClockRules rules, DayOfWeek digestDay, TimeProvider time, ISubjectAccessRequests? subjectAccess = null,
    IDisposals? disposals = null)
{
    private const int PageSize = 200;

    public async Task<IReadOnlyList<DigestDelivery>> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var week = DigestWeek.Of(UkDate.On(now));
        if (!planner.IsOpen(now) || UkDate.On(now) < week.Day(digestDay)) return [];

        OfficerDigest? digest = null;
        var deliveries = new List<DigestDelivery>();
        var officers = people.Known.People.Where(p => p.Role == Role.ComplaintsOfficer).Select(p => p.Id).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var officer in officers)
        {
            var claim = await claims.ClaimAsync(KeyOf(week, officer), Guid.Empty, $"weekly digest {week}", officer, time.GetUtcNow(), cancellationToken);
            if (claim is null) continue;
            // Worked out once a pass, and only by the host that won a claim.
            digest ??= OfficerDigest.Of(await OpenCasesAsync(cancellationToken), await ledger.ListUnsentPromptsAsync(200, cancellationToken), now, rules,
                subjectAccess is null ? null : await subjectAccess.ListAsync(cancellationToken),
                disposals is null ? null : await disposals.ListDisposalsAsync(cancellationToken));
            var delivery = await claims.SendUnderAsync(claim, () => sender.SendAsync(digest, officer, cancellationToken), time, cancellationToken);
            if (delivery is not null) deliveries.Add(new DigestDelivery(officer, digest, delivery));
        }
        return deliveries;
    }

    public static string KeyOf(DigestWeek week, string officer) => $"digest/{week}/{officer.ToLowerInvariant()}";

    /// <summary>Cases with a running deadline (the scheduler's index query, by keyset, to the end of time) and cases awaiting
    /// an escalation decision (the index by status): once a week, so loading them is affordable.</summary>
    private async Task<List<Case>> OpenCasesAsync(CancellationToken cancellationToken)
    {
        var ids = new HashSet<Guid>();
        PromptCandidate? after = null;
        while (true)
        {
            var page = await store.ListPromptCandidatesAsync(DateOnly.MaxValue, after, PageSize, cancellationToken);
            ids.UnionWith(page.Select(c => c.Id));
            if (page.Count < PageSize) break;
            after = page[^1];
        }
        for (var skip = 0; ; skip += CaseQuery.MaxTake)
        {
            var page = await store.ListAsync(new CaseQuery(Status: CaseStatus.EscalationRequested, Skip: skip, Take: CaseQuery.MaxTake), cancellationToken);
            ids.UnionWith(page.Select(c => c.Id));
            if (page.Count < CaseQuery.MaxTake) break;
        }
        var cases = new List<Case>();
        foreach (var id in ids)
            if (await store.GetAsync(id, cancellationToken) is { } stored) cases.Add(stored.Value);
        return cases;
    }
}

/// <summary>A digest sent (or not) to one officer in a pass.</summary>
public sealed record DigestDelivery(string Officer, OfficerDigest Digest, Delivery Delivery);
