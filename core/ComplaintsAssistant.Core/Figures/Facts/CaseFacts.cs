using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>What the figures count about one case, worked out by core (stores never compute a deadline) and written by
/// the store beside the case on every save, so a figure is a grouped count over these rows and never loads a case.
/// Nothing here identifies anyone: no names, no words, no references.</summary>
/// <param name="Payments">Costs and compensation (<see cref="PaymentFact"/>).</param>
/// <param name="Ombudsman">The Ombudsman's enquiry and decision, for an Ombudsman enquiry (<see cref="OmbudsmanFact"/>).</param>
/// <param name="Escalations">Requests to escalate and the ADR tried on them (<see cref="EscalationFact"/>).</param>
/// <param name="Resolutions">What each stage's response did to put things right (<see cref="ResolutionFact"/>).</param>
public sealed record CaseFacts(CaseFact Case, IReadOnlyList<StageFact> Stages, IReadOnlyList<ConcernFact> Concerns, IReadOnlyList<ChildFact> Children,
    IReadOnlyList<PaymentFact> Payments, IReadOnlyList<OmbudsmanFact> Ombudsman, IReadOnlyList<EscalationFact> Escalations,
    IReadOnlyList<ResolutionFact> Resolutions)
{
    public static CaseFacts Of(Case subject, WorkingDayCalendar calendar)
    {
        var snapshot = subject.Snapshot;
        var furthest = subject.Stages.Count;
        var stages = subject.Stages.Select(s => StageFact.Of(subject, s, s.Number == furthest, calendar)).ToArray();
        return new CaseFacts(
            new CaseFact(subject.Kind, subject.Team, subject.ReceivedOn, furthest,
                snapshot.Complainant?.CountsAsYoungPerson ?? false,
                snapshot.Complainant?.SupportedByAdvocate ?? false,
                snapshot.Member?.Type, snapshot.Compliment?.ReportedSource, snapshot.Compliment?.Category,
                snapshot.HowReceived, snapshot.Complainant?.Relationship),
            stages,
            ConcernFact.Of(subject),
            ChildFact.Of(subject),
            PaymentFact.Of(subject),
            OmbudsmanFact.Of(subject),
            EscalationFact.Of(subject),
            ResolutionFact.Of(subject));
    }
}

/// <summary>One row per case.</summary>
/// <param name="FurthestStage">The furthest stage reached (0 for records with no clock).</param>
/// <param name="ByYoungPerson">Made by a child or young person, an advocate on their behalf included (domain.md).</param>
/// <param name="SupportedByAdvocate">An advocate supported the child in making it ("11 used an advocate to support them").</param>
/// <param name="ComplimentSource">A well-known source by its name (<c>YoungPerson</c>), or the council's own words
/// (<see cref="ComplimentDetails.ReportedSource"/>).</param>
public sealed record CaseFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int FurthestStage,
    bool ByYoungPerson,
    bool SupportedByAdvocate,
    MemberType? MemberType,
    string? ComplimentSource,
    string? ComplimentCategory,
    HowReceived HowReceived,
    ComplainantRelationship? Relationship);
