using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Import;

/// <summary>THE place where the import's words (import-format.md) meet ours: every list of the file, word by word. A word
/// not here is reported with its line, column and value, and its case is not imported, so nothing is silently dropped
/// or guessed. Teams, concern categories, compliment categories and compliment sources are the council's own words: they
/// are kept as written, and those not on the council's lists are reported so it can map them (<see cref="CaseImport"/>).
/// README "Import past years" points here.</summary>
public static class ImportVocabulary
{
    public static VocabularyMap<CaseKind> Kinds { get; } = new("kind of record", new Dictionary<string, CaseKind>
    {
        ["statutory_complaint"] = CaseKind.StatutoryComplaint,
        ["corporate_complaint"] = CaseKind.CorporateComplaint,
        ["informal_representation"] = CaseKind.InformalRepresentation,
        ["compliment"] = CaseKind.Compliment,
        ["comment"] = CaseKind.Comment,
        ["member_enquiry"] = CaseKind.MemberEnquiry,
        ["ombudsman_enquiry"] = CaseKind.OmbudsmanEnquiry,
    });

    public static VocabularyMap<HowReceived> HowReceived { get; } = new("way of receiving", new Dictionary<string, HowReceived>
    {
        ["email"] = Cases.HowReceived.Email,
        ["online_form"] = Cases.HowReceived.OnlineForm,
        ["letter"] = Cases.HowReceived.Letter,
        ["telephone"] = Cases.HowReceived.Telephone,
        ["in_person"] = Cases.HowReceived.InPerson,
        ["card"] = Cases.HowReceived.Card,
        ["not_known"] = Cases.HowReceived.NotKnown,
    });

    public static VocabularyMap<ComplainantRelationship> Relationships { get; } = new("relationship to the child", new Dictionary<string, ComplainantRelationship>
    {
        ["parent"] = ComplainantRelationship.Parent,
        ["grandparent"] = ComplainantRelationship.Grandparent,
        ["relative"] = ComplainantRelationship.Relative,
        ["foster carer"] = ComplainantRelationship.FosterCarer,
        ["special guardian"] = ComplainantRelationship.SpecialGuardian,
        ["child"] = ComplainantRelationship.ChildOrYoungPerson,
        ["advocate"] = ComplainantRelationship.Advocate,
        ["solicitor"] = ComplainantRelationship.Solicitor,
        ["professional"] = ComplainantRelationship.Professional,
        ["member of public"] = ComplainantRelationship.MemberOfPublic,
        ["other"] = ComplainantRelationship.Other,
    });

    /// <summary>A concern's outcome.</summary>
    public static VocabularyMap<Outcome> ConcernOutcomes { get; } = new("concern outcome", new Dictionary<string, Outcome>
    {
        ["upheld"] = Outcome.Upheld,
        ["partially_upheld"] = Outcome.PartiallyUpheld,
        ["not_upheld"] = Outcome.NotUpheld,
        ["withdrawn"] = Outcome.Withdrawn,
        ["resolved_informally"] = Outcome.ResolvedInformally,
    });

    /// <summary>A stage's outcome, and a response's (informal representations, member enquiries).</summary>
    public static VocabularyMap<Outcome> StageOutcomes { get; } = new("stage outcome", new Dictionary<string, Outcome>
    {
        ["upheld"] = Outcome.Upheld,
        ["partially_upheld"] = Outcome.PartiallyUpheld,
        ["not_upheld"] = Outcome.NotUpheld,
        ["withdrawn"] = Outcome.Withdrawn,
        ["out_of_jurisdiction"] = Outcome.OutOfJurisdiction,
    });

    public static VocabularyMap<Resolution> Resolutions { get; } = new("resolution", new Dictionary<string, Resolution>
    {
        ["apology"] = Resolution.Apology,
        ["explanation_of_decision"] = Resolution.ExplanationOfDecision,
        ["explanation_given"] = Resolution.ExplanationGiven,
        ["information_provided"] = Resolution.InformationProvided,
        ["change_of_social_worker"] = Resolution.ChangeOfSocialWorker,
        ["view_recorded_on_file"] = Resolution.ViewRecordedOnFile,
        ["additional_case_monitoring"] = Resolution.AdditionalCaseMonitoring,
        ["advocacy_provided"] = Resolution.AdvocacyProvided,
        ["meeting_held"] = Resolution.MeetingHeld,
        ["change_to_practice"] = Resolution.ChangeToPractice,
        ["service_provided"] = Resolution.ServiceProvided,
        ["financial_remedy"] = Resolution.FinancialRemedy,
        ["resolved_informally"] = Resolution.ResolvedInformally,
    });

    public static VocabularyMap<AgeBand> AgeBands { get; } = new("age band", new Dictionary<string, AgeBand>
    {
        ["under 1"] = AgeBand.UnderOne,
        ["1-4"] = AgeBand.OneToFour,
        ["5-9"] = AgeBand.FiveToNine,
        ["10-15"] = AgeBand.TenToFifteen,
        ["16-17"] = AgeBand.SixteenToSeventeen,
        ["18+"] = AgeBand.EighteenPlus,
    });

    public static VocabularyMap<Gender> Genders { get; } = new("gender", new Dictionary<string, Gender>
    {
        ["male"] = Gender.Male,
        ["female"] = Gender.Female,
    });

    public static VocabularyMap<Ethnicity> Ethnicities { get; } = new("ethnicity", new Dictionary<string, Ethnicity>
    {
        ["White: British"] = Ethnicity.WhiteBritish,
        ["White: Irish"] = Ethnicity.WhiteIrish,
        ["White: Gypsy or Irish Traveller"] = Ethnicity.WhiteGypsyOrIrishTraveller,
        ["White: Other"] = Ethnicity.WhiteOther,
        ["Mixed: White and Black Caribbean"] = Ethnicity.MixedWhiteAndBlackCaribbean,
        ["Mixed: White and Black African"] = Ethnicity.MixedWhiteAndBlackAfrican,
        ["Mixed: White and Asian"] = Ethnicity.MixedWhiteAndAsian,
        ["Mixed: Other"] = Ethnicity.MixedOther,
        ["Asian: Indian"] = Ethnicity.AsianIndian,
        ["Asian: Pakistani"] = Ethnicity.AsianPakistani,
        ["Asian: Bangladeshi"] = Ethnicity.AsianBangladeshi,
        ["Asian: Chinese"] = Ethnicity.AsianChinese,
        ["Asian: Other"] = Ethnicity.AsianOther,
        ["Black: African"] = Ethnicity.BlackAfrican,
        ["Black: Caribbean"] = Ethnicity.BlackCaribbean,
        ["Black: Other"] = Ethnicity.BlackOther,
        ["Other: Arab"] = Ethnicity.OtherArab,
        ["Other: Any other"] = Ethnicity.OtherAnyOther,
        ["Not known"] = Ethnicity.NotKnown,
    });

    public static VocabularyMap<Disability> Disabilities { get; } = new("disability", new Dictionary<string, Disability>
    {
        ["none"] = Disability.None,
        ["learning"] = Disability.Learning,
        ["physical"] = Disability.Physical,
        ["sensory"] = Disability.Sensory,
        ["not known"] = Disability.NotKnown,
    });

    public static VocabularyMap<MemberType> MemberTypes { get; } = new("member type", new Dictionary<string, MemberType>
    {
        ["MP"] = MemberType.MP,
        ["MEP"] = MemberType.MEP,
        ["councillor"] = MemberType.Councillor,
    });

    /// <summary>The Ombudsman's findings on an investigation, old and new wording (domain.md). import-format.md doesn't
    /// list them; these are the words councils' reports and the LGSCO's letters use.</summary>
    public static VocabularyMap<OmbudsmanFinding> OmbudsmanFindings { get; } = new("Ombudsman finding", new Dictionary<string, OmbudsmanFinding>
    {
        ["maladministration no injustice"] = OmbudsmanFinding.MaladministrationNoInjustice,
        ["maladministration and injustice"] = OmbudsmanFinding.MaladministrationAndInjustice,
        ["no maladministration"] = OmbudsmanFinding.NoMaladministration,
        ["ombudsman discretion"] = OmbudsmanFinding.OmbudsmanDiscretion,
        ["local settlement"] = OmbudsmanFinding.LocalSettlement,
        ["outside jurisdiction"] = OmbudsmanFinding.OutsideJurisdiction,
        ["discontinued"] = OmbudsmanFinding.Discontinued,
        ["premature"] = OmbudsmanFinding.PrematureOrInformal,
        ["upheld"] = OmbudsmanFinding.Upheld,
        ["not upheld"] = OmbudsmanFinding.NotUpheld,
        ["partial finding"] = OmbudsmanFinding.PartialFinding,
    });

    /// <summary>The Ombudsman's decisions as its annual review letters count them.</summary>
    public static VocabularyMap<OmbudsmanDecision> OmbudsmanDecisions { get; } = new("Ombudsman decision", new Dictionary<string, OmbudsmanDecision>
    {
        ["upheld"] = OmbudsmanDecision.Upheld,
        ["not upheld"] = OmbudsmanDecision.NotUpheld,
        ["closed after initial enquiries"] = OmbudsmanDecision.ClosedAfterInitialEnquiries,
        ["referred back for local resolution"] = OmbudsmanDecision.ReferredBackForLocalResolution,
        ["advice given"] = OmbudsmanDecision.AdviceGiven,
        ["incomplete or invalid"] = OmbudsmanDecision.IncompleteOrInvalid,
    });

    /// <summary>Who a compliment came from. Sources are the council's words: the case keeps the word as written
    /// (<see cref="ComplimentDetails.SourceWords"/>) beside the well-known source it maps to here; a word not here is
    /// <see cref="ComplimentSource.Other"/>, reported under its own words (<see cref="ComplimentDetails.ReportedSource"/>),
    /// and listed as a new value the council may map.</summary>
    public static VocabularyMap<ComplimentSource> ComplimentSources { get; } = new("compliment source", new Dictionary<string, ComplimentSource>
    {
        ["parent"] = ComplimentSource.ParentOrCarer,
        ["carer"] = ComplimentSource.ParentOrCarer,
        ["parent/carer"] = ComplimentSource.ParentOrCarer,
        ["parent or carer"] = ComplimentSource.ParentOrCarer,
        ["family"] = ComplimentSource.ParentOrCarer,
        ["professional"] = ComplimentSource.Professional,
        ["police/judge/legal"] = ComplimentSource.PoliceJudgeOrLegal,
        ["police"] = ComplimentSource.PoliceJudgeOrLegal,
        ["judge"] = ComplimentSource.PoliceJudgeOrLegal,
        ["legal"] = ComplimentSource.PoliceJudgeOrLegal,
        ["young person"] = ComplimentSource.YoungPerson,
        ["child"] = ComplimentSource.YoungPerson,
        ["foster carer"] = ComplimentSource.FosterCarer,
        ["school"] = ComplimentSource.School,
        ["adopter"] = ComplimentSource.Adopter,
        ["other"] = ComplimentSource.Other,
    });

    /// <summary>Kinds of cost, by the words councils use for them; any other word is kept as the cost's reason, as
    /// <see cref="PaymentKind.OtherCost"/>.</summary>
    public static VocabularyMap<PaymentKind> CostTypes { get; } = new("kind of cost", new Dictionary<string, PaymentKind>
    {
        ["independent investigating officer"] = PaymentKind.InvestigatingOfficerCost,
        ["investigating officer"] = PaymentKind.InvestigatingOfficerCost,
        ["independent person"] = PaymentKind.IndependentPersonCost,
        ["review panel"] = PaymentKind.PanelCost,
        ["panel"] = PaymentKind.PanelCost,
        ["publicity"] = PaymentKind.Publicity,
    });
}
