namespace ComplaintsAssistant.Core.Cases;

/// <summary>A child the case is about, for equalities monitoring only: no name is kept.</summary>
public sealed record ChildConcerned(AgeBand AgeBand, Gender Gender, Ethnicity Ethnicity, Disability Disability);

/// <summary>Age when the case was received, in the bands councils publish (under 1, 1-4, 5-9, 10-15, 16-17, 18+).</summary>
public enum AgeBand
{
    UnderOne,
    OneToFour,
    FiveToNine,
    TenToFifteen,
    SixteenToSeventeen,
    EighteenPlus,
    NotKnown,
    /// <summary>Recorded before the published bands (0-4): can't be split into under 1 and 1-4, so kept as recorded
    /// (docs/decisions/0012-figures-vocabulary.md). Never offered for a new record.</summary>
    Under5,
    /// <summary>Recorded before the published bands (5-10): straddles 5-9 and 10-15, kept as recorded. Never offered.</summary>
    From5To10,
}

public enum Gender { Female, Male, Other, NotKnown }

/// <summary>The 19 ONS ethnicity categories (import-format.md), and the high-level groups older records hold.</summary>
public enum Ethnicity
{
    WhiteBritish,
    WhiteIrish,
    WhiteGypsyOrIrishTraveller,
    WhiteOther,
    MixedWhiteAndBlackCaribbean,
    MixedWhiteAndBlackAfrican,
    MixedWhiteAndAsian,
    MixedOther,
    AsianIndian,
    AsianPakistani,
    AsianBangladeshi,
    AsianChinese,
    AsianOther,
    BlackAfrican,
    BlackCaribbean,
    BlackOther,
    OtherArab,
    OtherAnyOther,
    NotKnown,
    // Recorded before the categories were kept: the group only. Counted in group tables, shown as
    // "category not recorded" in category tables; never offered for a new record.
    White,
    Mixed,
    AsianOrAsianBritish,
    BlackOrBlackBritish,
    OtherEthnicGroup,
}

/// <summary>The ONS high-level ethnic groups, for tables that publish groups rather than categories.</summary>
public enum EthnicGroup { White, Mixed, AsianOrAsianBritish, BlackOrBlackBritish, OtherEthnicGroup, NotKnown }

public enum Disability { None, Learning, Physical, Sensory, NotKnown }

public static class ChildConcernedRules
{
    public static EthnicGroup Group(this Ethnicity ethnicity) => ethnicity switch
    {
        Ethnicity.WhiteBritish or Ethnicity.WhiteIrish or Ethnicity.WhiteGypsyOrIrishTraveller or Ethnicity.WhiteOther or Ethnicity.White => EthnicGroup.White,
        Ethnicity.MixedWhiteAndBlackCaribbean or Ethnicity.MixedWhiteAndBlackAfrican or Ethnicity.MixedWhiteAndAsian or Ethnicity.MixedOther
            or Ethnicity.Mixed => EthnicGroup.Mixed,
        Ethnicity.AsianIndian or Ethnicity.AsianPakistani or Ethnicity.AsianBangladeshi or Ethnicity.AsianChinese or Ethnicity.AsianOther
            or Ethnicity.AsianOrAsianBritish => EthnicGroup.AsianOrAsianBritish,
        Ethnicity.BlackAfrican or Ethnicity.BlackCaribbean or Ethnicity.BlackOther or Ethnicity.BlackOrBlackBritish => EthnicGroup.BlackOrBlackBritish,
        Ethnicity.OtherArab or Ethnicity.OtherAnyOther or Ethnicity.OtherEthnicGroup => EthnicGroup.OtherEthnicGroup,
        _ => EthnicGroup.NotKnown,
    };

    /// <summary>A value older records hold that a new record may not be given.</summary>
    public static bool IsLegacy(this AgeBand band) => band is AgeBand.Under5 or AgeBand.From5To10;

    /// <summary>A group recorded without its category (older records); a new record gives the category.</summary>
    public static bool IsLegacy(this Ethnicity ethnicity) => ethnicity >= Ethnicity.White;
}
