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
    public bool SupportedByAdvocate { get; set; }
    public MemberType? MemberType { get; set; }
    public string? ComplimentSource { get; set; }
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
    /// <summary>Its case's member type (the case facts' own), kept beside the stage so that member enquiries on time by
    /// type are counted by month like the other stage figures.</summary>
    public MemberType? MemberType { get; set; }
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

/// <summary><see cref="PaymentFact"/>: one row per payment of a case.</summary>
internal sealed class FigurePaymentRow
{
    public Guid CaseId { get; set; }
    public int Number { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public PaymentKind PaymentKind { get; set; }
    public int? Stage { get; set; }
    public long Pence { get; set; }
}

/// <summary><see cref="OmbudsmanFact"/>: one row per Ombudsman enquiry.</summary>
internal sealed class FigureOmbudsmanRow
{
    public Guid CaseId { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public string? Body { get; set; }
    public string? LgscoCategory { get; set; }
    public OmbudsmanDecision? OmbudsmanDecision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public OmbudsmanFinding? Finding { get; set; }
    public bool Remedied { get; set; }
    public long? RemedyPence { get; set; }
}

/// <summary><see cref="EscalationFact"/>: one row per request to escalate, dated by the request.</summary>
internal sealed class FigureEscalationRow
{
    public Guid CaseId { get; set; }
    public int Number { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public int ToStage { get; set; }
    public EscalationDecision? EscalationDecision { get; set; }
    public string? AdrMethod { get; set; }
    public bool AdrHeld { get; set; }
    public bool? AdrResolved { get; set; }
    public bool Progressed { get; set; }
}

/// <summary><see cref="ResolutionFact"/>: one row per resolution of a stage's response.</summary>
internal sealed class FigureResolutionRow
{
    public Guid CaseId { get; set; }
    public int Stage { get; set; }
    public Resolution Resolution { get; set; }
    public CaseKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public bool IsFurthest { get; set; }
    public DateOnly? RespondedOn { get; set; }
}
