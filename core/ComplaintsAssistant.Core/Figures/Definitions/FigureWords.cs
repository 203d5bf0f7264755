using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>A grouped value as a row heading in the report's words.</summary>
internal static class FigureWords
{
    public static string Of(FactField field, string? value) => (field, value) switch
    {
        (_, null) => "Not recorded",
        (FactField.MemberType, _) => Enum.Parse<MemberType>(value) switch
        {
            MemberType.MP => "MP",
            MemberType.MEP => "MEP",
            _ => "Councillor",
        },
        (FactField.ComplimentSource, _) => Enum.Parse<ComplimentSource>(value) switch
        {
            ComplimentSource.ParentOrCarer => "Parent or carer",
            ComplimentSource.PoliceJudgeOrLegal => "Police, judge or legal",
            ComplimentSource.YoungPerson => "Young person",
            ComplimentSource.FosterCarer => "Foster carer",
            var source => source.ToString(),
        },
        (FactField.Outcome, _) => Enum.Parse<Outcome>(value) switch
        {
            Outcome.PartiallyUpheld => "Partially upheld",
            Outcome.NotUpheld => "Not upheld",
            Outcome.OutOfJurisdiction => "Out of jurisdiction or rejected",
            Outcome.ResolvedInformally => "Resolved informally",
            Outcome.InProgress => "In progress",
            var outcome => outcome.ToString(),
        },
        (FactField.Kind, _) => Kinds.Plural(Enum.Parse<CaseKind>(value)),
        (FactField.HowReceived, _) => EqualitiesWords.Of(Enum.Parse<HowReceived>(value)),
        (FactField.Relationship, _) => EqualitiesWords.Of(Enum.Parse<ComplainantRelationship>(value)),
        (FactField.AgeBand, _) => EqualitiesWords.Of(Enum.Parse<AgeBand>(value)),
        (FactField.Gender, _) => EqualitiesWords.Of(Enum.Parse<Gender>(value)),
        (FactField.Ethnicity, _) => EqualitiesWords.Of(Enum.Parse<Ethnicity>(value)),
        (FactField.EthnicGroup, _) => EqualitiesWords.Of(Enum.Parse<EthnicGroup>(value)),
        (FactField.Disability, _) => EqualitiesWords.Of(Enum.Parse<Disability>(value)),
        (FactField.ByYoungPerson, _) => value == FactValue.Of(true) ? "By a child or young person (advocates on their behalf included)" : "By someone else",
        _ => value,
    };
}
