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
        // A source the well-known list lacks is the council's own words, shown as written.
        (FactField.ComplimentSource, _) when !Enum.TryParse<ComplimentSource>(value, out _) || int.TryParse(value, out _) => value,
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
        (FactField.Resolution, _) => Of(Enum.Parse<Resolution>(value)),
        (FactField.PaymentKind, _) => Enum.Parse<PaymentKind>(value) switch
        {
            PaymentKind.InvestigatingOfficerCost => "Independent investigators",
            PaymentKind.IndependentPersonCost => "Independent persons",
            PaymentKind.PanelCost => "Review panels",
            PaymentKind.Publicity => "Publicity and leaflets",
            PaymentKind.Compensation => "Compensation",
            PaymentKind.RemedyPayment => "Remedy payments",
            _ => "Other costs",
        },
        (FactField.Stage, _) => $"Stage {value}",
        (FactField.AdrMethod, _) => char.ToUpperInvariant(value[0]) + value[1..],
        (FactField.AdrResolved, _) => value == FactValue.Of(true) ? "Resolved by ADR" : "Not resolved by ADR",
        (FactField.ToStage, _) => $"Requests for stage {value}",
        (FactField.Finding, _) => Enum.Parse<OmbudsmanFinding>(value) switch
        {
            OmbudsmanFinding.MaladministrationNoInjustice => "Maladministration (no injustice)",
            OmbudsmanFinding.MaladministrationAndInjustice => "Maladministration and injustice",
            OmbudsmanFinding.NoMaladministration => "No maladministration after investigation",
            OmbudsmanFinding.OmbudsmanDiscretion => "Ombudsman discretion",
            OmbudsmanFinding.LocalSettlement => "Investigation with local settlement",
            OmbudsmanFinding.OutsideJurisdiction => "Outside jurisdiction",
            OmbudsmanFinding.Discontinued => "Investigation discontinued",
            OmbudsmanFinding.PrematureOrInformal => "Premature or informal enquiries",
            OmbudsmanFinding.NotUpheld => "Not upheld",
            OmbudsmanFinding.PartialFinding => "Partial finding",
            var finding => finding.ToString(),
        },
        (FactField.OmbudsmanDecision, _) => Enum.Parse<OmbudsmanDecision>(value) switch
        {
            OmbudsmanDecision.NotUpheld => "Not upheld",
            OmbudsmanDecision.ClosedAfterInitialEnquiries => "Closed after initial enquiries",
            OmbudsmanDecision.ReferredBackForLocalResolution => "Referred back for local resolution",
            OmbudsmanDecision.AdviceGiven => "Advice given",
            OmbudsmanDecision.IncompleteOrInvalid => "Incomplete or invalid",
            var decision => decision.ToString(),
        },
        (FactField.ByYoungPerson, _) => value == FactValue.Of(true) ? "By a child or young person (advocates on their behalf included)" : "By someone else",
        _ => value,
    };

    /// <summary>The import's resolution codes in words (import-format.md: <c>explanation_of_decision</c> is "Explanation of decision").</summary>
    public static string Of(Resolution resolution) => resolution switch
    {
        Resolution.ExplanationOfDecision => "Explanation of decision",
        Resolution.ExplanationGiven => "Explanation given",
        Resolution.InformationProvided => "Information provided",
        Resolution.ChangeOfSocialWorker => "Change of social worker",
        Resolution.ViewRecordedOnFile => "View recorded on file",
        Resolution.AdditionalCaseMonitoring => "Additional case monitoring",
        Resolution.AdvocacyProvided => "Advocacy provided",
        Resolution.MeetingHeld => "Meeting held",
        Resolution.ChangeToPractice => "Change to practice",
        Resolution.ServiceProvided => "Service provided",
        Resolution.FinancialRemedy => "Financial assessment, award or remedy",
        Resolution.ResolvedInformally => "Resolved informally",
        Resolution.ChangeToAssessment => "Change to assessment",
        Resolution.ReassessmentOrReallocation => "Reassessment or reallocation",
        Resolution.ReportProvided => "Report provided",
        Resolution.NoFurtherAction => "No further action",
        _ => "Apology",
    };
}
