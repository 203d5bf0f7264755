using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>The monitoring and intake vocabularies as published tables (and import-format.md) write them.</summary>
internal static class EqualitiesWords
{
    public static string Of(AgeBand band) => band switch
    {
        AgeBand.UnderOne => "Under 1",
        AgeBand.OneToFour => "1-4",
        AgeBand.FiveToNine => "5-9",
        AgeBand.TenToFifteen => "10-15",
        AgeBand.SixteenToSeventeen => "16-17",
        AgeBand.EighteenPlus => "18+",
        AgeBand.Under5 => "Under 5 (recorded before the current bands)",
        AgeBand.From5To10 => "5-10 (recorded before the current bands)",
        _ => "Not known",
    };

    public static string Of(Ethnicity ethnicity) => ethnicity switch
    {
        Ethnicity.WhiteBritish => "White: British",
        Ethnicity.WhiteIrish => "White: Irish",
        Ethnicity.WhiteGypsyOrIrishTraveller => "White: Gypsy or Irish Traveller",
        Ethnicity.WhiteOther => "White: Other",
        Ethnicity.MixedWhiteAndBlackCaribbean => "Mixed: White and Black Caribbean",
        Ethnicity.MixedWhiteAndBlackAfrican => "Mixed: White and Black African",
        Ethnicity.MixedWhiteAndAsian => "Mixed: White and Asian",
        Ethnicity.MixedOther => "Mixed: Other",
        Ethnicity.AsianIndian => "Asian: Indian",
        Ethnicity.AsianPakistani => "Asian: Pakistani",
        Ethnicity.AsianBangladeshi => "Asian: Bangladeshi",
        Ethnicity.AsianChinese => "Asian: Chinese",
        Ethnicity.AsianOther => "Asian: Other",
        Ethnicity.BlackAfrican => "Black: African",
        Ethnicity.BlackCaribbean => "Black: Caribbean",
        Ethnicity.BlackOther => "Black: Other",
        Ethnicity.OtherArab => "Other: Arab",
        Ethnicity.OtherAnyOther => "Other: Any other",
        Ethnicity.NotKnown => "Not known",
        _ => $"{Of(ethnicity.Group())} (category not recorded)",
    };

    public static string Of(EthnicGroup group) => group switch
    {
        EthnicGroup.White => "White",
        EthnicGroup.Mixed => "Mixed or multiple ethnic groups",
        EthnicGroup.AsianOrAsianBritish => "Asian or Asian British",
        EthnicGroup.BlackOrBlackBritish => "Black, Black British, Caribbean or African",
        EthnicGroup.OtherEthnicGroup => "Other ethnic group",
        _ => "Not known",
    };

    public static string Of(ComplainantRelationship relationship) => relationship switch
    {
        ComplainantRelationship.ChildOrYoungPerson => "Child or young person",
        ComplainantRelationship.FosterCarer => "Foster carer",
        ComplainantRelationship.SpecialGuardian => "Special guardian",
        ComplainantRelationship.MemberOfPublic => "Member of the public",
        ComplainantRelationship.ElectedMember => "MP, MEP or councillor",
        ComplainantRelationship.ParentOrRelative => "Parent or relative (recorded before they were told apart)",
        var other => other.ToString(),
    };

    public static string Of(HowReceived how) => how switch
    {
        HowReceived.ComplaintForm => "Complaint form",
        HowReceived.InPerson => "In person",
        HowReceived.OnlineForm => "Online form",
        HowReceived.ChildrensApp => "Children's app (e.g. Mind Of My Own)",
        HowReceived.Teams => "Teams chat",
        HowReceived.NotKnown => "Not known",
        var other => other.ToString(),
    };

    public static string Of(Disability disability) => disability switch
    {
        Disability.None => "No disability",
        Disability.NotKnown => "Not known",
        var other => other.ToString(),
    };

    public static string Of(Gender gender) => gender == Gender.NotKnown ? "Not known" : gender.ToString();
}
