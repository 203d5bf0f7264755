namespace ComplaintsAssistant.Core.Retention;

/// <summary>A case on the officers' disposal list: on notice, due, or held and why. It names the case (id and reference)
/// only until the case is destroyed, when it gives way to a <see cref="DisposalRecord"/>.</summary>
/// <param name="HeldBecause">The standing holds that cover it, in words; empty unless <see cref="State"/> is Held.</param>
/// <param name="Approval">Who approved its destruction; nothing is destroyed without one.</param>
public sealed record DisposalEntry(Guid CaseId, string Reference, RecordClass Class, string Rule, DateOnly DisposeOn, DisposalState State,
    IReadOnlyList<string> HeldBecause, DisposalApproval? Approval = null)
{
    public static DisposalEntry Of(Guid caseId, string reference, DisposalDecision decision) =>
        new(caseId, reference, decision.Rule.Class, decision.Rule.InWords, decision.DisposeOn!.Value, decision.State,
            decision.Holds.Select(h => h.InWords).ToArray());
}

/// <summary>An officer's approval to destroy a case once it is due and not held.</summary>
public sealed record DisposalApproval(string By, DateTimeOffset At);
