using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>The fact tables counted by calendar month: one row per month and combination of every field a figure filters
/// or groups on, with how many fact rows have it (<see cref="N"/>). Triggers on the fact tables keep them in step inside
/// the same write (migration <c>FigureMonthCounts</c>), so a figure over whole months sums a few hundred rows instead of
/// counting every stage; only the part months at a period's ends are counted from the facts.</summary>
internal sealed class FigureCaseMonthRow
{
    public long Id { get; set; }
    /// <summary>"2026-04": the month of the date received.</summary>
    public string Month { get; set; } = "";
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public int FurthestStage { get; set; }
    public bool ByYoungPerson { get; set; }
    public bool SupportedByAdvocate { get; set; }
    public MemberType? MemberType { get; set; }
    public string? ComplimentSource { get; set; }
    public string? ComplimentCategory { get; set; }
    public HowReceived HowReceived { get; set; }
    public ComplainantRelationship? Relationship { get; set; }
    public int N { get; set; }
}

internal sealed class FigureChildMonthRow
{
    public long Id { get; set; }
    public string Month { get; set; } = "";
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public AgeBand AgeBand { get; set; }
    public Gender Gender { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public EthnicGroup EthnicGroup { get; set; }
    public Disability Disability { get; set; }
    public int N { get; set; }
}

/// <summary>Stage facts by month, twice: once by the month received and once by the month responded (<see cref="Basis"/>).</summary>
internal sealed class FigureStageMonthRow
{
    public long Id { get; set; }
    public DateBasis Basis { get; set; }
    public string Month { get; set; } = "";
    public CaseKind Kind { get; set; }
    public int Stage { get; set; }
    public string Team { get; set; } = "";
    public bool IsFurthest { get; set; }
    public TimelinessBand? Band { get; set; }
    public bool? WithinStatutory { get; set; }
    public bool? WithinExtended { get; set; }
    public Outcome? Outcome { get; set; }
    public MemberType? MemberType { get; set; }
    public int N { get; set; }
    /// <summary>The working days the <see cref="N"/> stages took, added up (0 for those unanswered): an average is this
    /// over the count.</summary>
    public long WorkingDays { get; set; }
    /// <summary>Their calendar days from opening to answer, added up likewise.</summary>
    public long CalendarDays { get; set; }
}

/// <summary>Resolutions by month, by the month received and by the month responded (<see cref="Basis"/>).</summary>
internal sealed class FigureResolutionMonthRow
{
    public long Id { get; set; }
    public DateBasis Basis { get; set; }
    public string Month { get; set; } = "";
    public CaseKind Kind { get; set; }
    public int Stage { get; set; }
    public string Team { get; set; } = "";
    public bool IsFurthest { get; set; }
    public Resolution Resolution { get; set; }
    public int N { get; set; }
}

internal sealed class FigureConcernMonthRow
{
    public long Id { get; set; }
    public string Month { get; set; } = "";
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public string Category { get; set; } = "";
    public bool FirstOfCategory { get; set; }
    public Outcome? Outcome { get; set; }
    public int N { get; set; }
}
