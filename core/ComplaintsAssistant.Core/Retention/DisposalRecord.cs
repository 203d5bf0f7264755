using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>What stays after a case is destroyed: proof that it was, under which rule, and who approved it — and
/// nothing about the people in it (no names, no words, no team).</summary>
public sealed record DisposalRecord(string Reference, RecordClass Class, string Rule, DateOnly DisposedOn, string ApprovedBy)
{
    /// <summary>Refuses a case that is held or not yet due: a hold is never overridden by an approval.</summary>
    public static Result<DisposalRecord> Of(string reference, DisposalDecision decision, DateOnly disposedOn, string approvedBy) =>
        decision.State switch
        {
            DisposalState.Due => new DisposalRecord(reference, decision.Rule.Class, decision.Rule.InWords, disposedOn, approvedBy),
            DisposalState.Held => DomainError.Refused("legal-hold",
                $"{reference} is under a legal hold ({string.Join("; ", decision.Holds.Select(h => h.InWords))}), so it can't be destroyed until the hold is lifted."),
            _ => DomainError.Refused("retention-not-ended",
                decision.DisposeOn is { } on
                    ? $"{reference} is kept until {UkDate.InWords(on)} ({decision.Rule.InWords}), so it can't be destroyed yet."
                    : $"{reference} is still open: its retention ({decision.Rule.InWords}) hasn't started."),
        };
}
