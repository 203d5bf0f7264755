namespace ComplaintsAssistant.Core.Cases;

/// <summary>A child the case is about, for equalities monitoring only: no name is kept.</summary>
public sealed record ChildConcerned(AgeBand AgeBand, Gender Gender, Ethnicity Ethnicity, Disability Disability);

public enum AgeBand { Under5, From5To10, From11To15, From16To17, Over18CareLeaver, NotKnown }

public enum Gender { Female, Male, Other, NotKnown }

/// <summary>ONS ethnic group categories (high level).</summary>
public enum Ethnicity { White, Mixed, AsianOrAsianBritish, BlackOrBlackBritish, OtherEthnicGroup, NotKnown }

public enum Disability { None, Learning, Physical, Sensory, NotKnown }
