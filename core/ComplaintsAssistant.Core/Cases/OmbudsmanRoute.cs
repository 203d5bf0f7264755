using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>When the council's complaints procedure has ended, a complainant who is still unhappy goes to the Local
/// Government and Social Care Ombudsman, and the council's answer must tell them so (the stage 3 response under the
/// 2006 Regulations; the final response under the Complaint Handling Code). So a request to escalate a complaint at
/// the end of the road is answered with the way to the Ombudsman, never just "the case is closed".</summary>
public static class OmbudsmanRoute
{
    public const string Website = "https://www.lgo.org.uk";
    public const string Telephone = "0300 061 0614";

    /// <summary>What a request to escalate is answered with once the council's procedure has ended; null while it could go
    /// further, for a record that is not a complaint, and for a withdrawn complaint.</summary>
    public static string? Answer(Case subject) =>
        EndedBecause(subject) is { } why
            ? $"{why}, so {subject.Reference} has reached the end of the council's complaints procedure and can't be escalated. " +
              $"If the complainant is still unhappy, they can ask the Local Government and Social Care Ombudsman (LGSCO) to look at it: {Website} or {Telephone}."
            : null;

    internal static DomainError? Refusal(Case subject) => Answer(subject) is { } answer ? DomainError.Refused("ombudsman-route", answer) : null;

    private static string? EndedBecause(Case subject)
    {
        var last = subject.Kind.StageCount();
        if (subject.Kind is not (CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint) || subject.Status == CaseStatus.Withdrawn) return null;

        var stage = subject.CurrentStage!;
        if (stage.Number == last && stage.RespondedOn is { } answered)
            return stage.Panel is null ? $"The stage {last} response was sent on {UkDate.InWords(answered)}" : $"The stage {last} decision was issued on {UkDate.InWords(answered)}";
        if (subject.Status != CaseStatus.Closed || subject.Escalations is not [.., { DecidedOn: { } decided } escalation]) return null;

        // Refusing to go further ends the procedure at any stage. ADR ends it only at the last gate: earlier, a complainant
        // the ADR did not satisfy can still have the council's next stage, and the Ombudsman would call the complaint premature.
        return escalation.Decision switch
        {
            EscalationDecision.NotProgressed => $"On {UkDate.InWords(decided)} the council decided not to progress the request for stage {escalation.FromStage + 1}",
            EscalationDecision.ResolvedByAdr when escalation.FromStage + 1 == last =>
                $"The request for stage {last} was resolved by alternative dispute resolution on {UkDate.InWords(decided)}",
            _ => null,
        };
    }
}
