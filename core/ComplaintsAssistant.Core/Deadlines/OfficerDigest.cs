using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>What the complaints officers are told once a week: counts and case references only (officers may see every
/// case; no complainant is ever named). Worked out from the cases with a deadline running and the prompt ledger.</summary>
/// <param name="Overdue">Deadlines past their due date.</param>
/// <param name="DueThisWeek">Deadlines due from today to the end of the week.</param>
/// <param name="Extended">Cases whose running clock has been extended.</param>
/// <param name="AwaitingEscalationDecision">Stage answered and escalation requested; the next stage neither opened nor refused.</param>
/// <param name="CannotReach">Prompts the bot could not deliver, or may not have delivered.</param>
/// <param name="AwaitingDisposalApproval">Cases on the disposal list (on notice or due, not held) no officer has approved yet.</param>
public sealed record OfficerDigest(
    DigestWeek Week,
    IReadOnlyList<DigestDeadline> Overdue,
    IReadOnlyList<DigestDeadline> DueThisWeek,
    IReadOnlyList<string> Extended,
    IReadOnlyList<string> AwaitingEscalationDecision,
    IReadOnlyList<DigestUnreached> CannotReach,
    IReadOnlyList<string>? AwaitingDisposalApproval = null)
{
    /// <summary>Subject access requests not yet answered, soonest due first (by reference: the requester is never named).</summary>
    public IReadOnlyList<DigestSubjectAccess> SubjectAccess { get; init; } = [];

    /// <param name="cases">Cases with a deadline running (a closed case's open learning actions included) or awaiting a decision.</param>
    /// <param name="subjectAccess">Subject access requests; the answered ones are left out.</param>
    /// <param name="disposals">The disposal list, where the store keeps one.</param>
    public static OfficerDigest Of(IEnumerable<Case> cases, IEnumerable<PromptEntry> unsent, DateTimeOffset now, ClockRules rules,
        IEnumerable<SubjectAccess.SubjectAccessRequest>? subjectAccess = null, IEnumerable<DisposalEntry>? disposals = null)
    {
        var today = UkDate.On(now);
        var week = DigestWeek.Of(today);
        var ordered = cases.OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
        var deadlines = ordered.SelectMany(c => DueClock.On(c, rules).Select(d => new DigestDeadline(c.Reference, d.Clock, d.Item, d.DueOn))).ToList();
        return new OfficerDigest(
            week,
            deadlines.Where(d => d.DueOn < today).OrderBy(d => d.DueOn).ThenBy(d => d.Reference, StringComparer.Ordinal).ToList(),
            deadlines.Where(d => d.DueOn >= today && d.DueOn <= week.Sunday).OrderBy(d => d.DueOn).ThenBy(d => d.Reference, StringComparer.Ordinal).ToList(),
            ordered.Where(c => c.RunningClock?.Extension is not null).Select(c => c.Reference).ToList(),
            ordered.Where(c => c.Status == CaseStatus.EscalationRequested).Select(c => c.Reference).ToList(),
            unsent.Select(e => Unreached(e, now)).OfType<DigestUnreached>().ToList(),
            (disposals ?? []).Where(d => d.Approval is null && d.State != DisposalState.Held)
                .Select(d => $"{d.Reference}: destroyed from {UkDate.InWords(d.DisposeOn)} once approved ({d.Rule})").ToList())
        {
            SubjectAccess = (subjectAccess ?? []).Where(r => r.AnsweredOn is null)
                .Select(r => new DigestSubjectAccess(r.Reference, r.DueOn(rules.Calendar)))
                .OrderBy(d => d.DueOn).ThenBy(d => d.Reference, StringComparer.Ordinal).ToList(),
        };
    }

    // A claim still being worked on is neither: only prompts that failed, or whose host died while sending, are listed.
    private static DigestUnreached? Unreached(PromptEntry entry, DateTimeOffset now) =>
        entry.State == PromptState.Undelivered ? new DigestUnreached(entry.Reference, entry.Recipient, entry.LastFailure ?? "not delivered", InDoubt: false)
        : PromptClaims.InDoubt(entry, now) ? new DigestUnreached(entry.Reference, entry.Recipient, "The bot stopped while sending this prompt, so it may not have arrived.", InDoubt: true)
        : null;
}

/// <summary>A subject access request in the digest: its reference and the day it must be answered by.</summary>
public sealed record DigestSubjectAccess(string Reference, DateOnly DueOn);

/// <summary>One deadline in the digest: the case reference, which clock, and when it is due.</summary>
public sealed record DigestDeadline(string Reference, PromptClock Clock, int Item, DateOnly DueOn);

/// <summary>Someone a prompt did not (or may not) reach: the case reference, who (an id, named by the host), and why.</summary>
public sealed record DigestUnreached(string Reference, string Recipient, string Why, bool InDoubt);
