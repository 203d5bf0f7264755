using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>One row per child a case concerns, for the equalities tables (age band, gender, ethnicity and its ONS group,
/// disability). Monitoring only: no name, nothing else about the child.</summary>
/// <param name="Number">1-based, the child's place in the case's list.</param>
public sealed record ChildFact(
    CaseKind Kind,
    string Team,
    DateOnly ReceivedOn,
    int Number,
    AgeBand AgeBand,
    Gender Gender,
    Ethnicity Ethnicity,
    EthnicGroup EthnicGroup,
    Disability Disability)
{
    public static IReadOnlyList<ChildFact> Of(Case subject) =>
        subject.Snapshot.Children.Select((c, i) => new ChildFact(subject.Kind, subject.Team, subject.ReceivedOn, i + 1,
            c.AgeBand, c.Gender, c.Ethnicity, c.Ethnicity.Group(), c.Disability)).ToArray();
}
