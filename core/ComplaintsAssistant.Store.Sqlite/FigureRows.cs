using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary><see cref="CaseFact"/>: one row per case, rewritten with it.</summary>
internal sealed class FigureCaseRow
{
    public Guid CaseId { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public int FurthestStage { get; set; }
    public bool ByYoungPerson { get; set; }
    public MemberType? MemberType { get; set; }
    public ComplimentSource? ComplimentSource { get; set; }
    public string? ComplimentCategory { get; set; }
    public HowReceived HowReceived { get; set; }
    public ComplainantRelationship? Relationship { get; set; }
}

/// <summary><see cref="ChildFact"/>: one row per child a case concerns.</summary>
internal sealed class FigureChildRow
{
    public Guid CaseId { get; set; }
    public int Number { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public AgeBand AgeBand { get; set; }
    public Gender Gender { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public EthnicGroup EthnicGroup { get; set; }
    public Disability Disability { get; set; }
}

/// <summary><see cref="StageFact"/>: one row per stage of a case.</summary>
internal sealed class FigureStageRow
{
    public Guid CaseId { get; set; }
    public int Stage { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public bool IsFurthest { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly StatutoryDueOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public int? WorkingDays { get; set; }
    public TimelinessBand? Band { get; set; }
    public bool? WithinStatutory { get; set; }
    public bool? WithinExtended { get; set; }
    public Outcome? Outcome { get; set; }
}

/// <summary><see cref="ConcernFact"/>: one row per concern of a case.</summary>
internal sealed class FigureConcernRow
{
    public Guid CaseId { get; set; }
    public int Number { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string Category { get; set; } = "";
    public bool FirstOfCategory { get; set; }
    public Outcome? Outcome { get; set; }
}
