using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>A case on the disposal list (<see cref="DisposalEntry"/>); holds in words, one per line.</summary>
internal sealed class DisposalEntryRow
{
    public Guid CaseId { get; set; }
    public string Reference { get; set; } = "";
    public RecordClass Class { get; set; }
    public string Rule { get; set; } = "";
    public DateOnly DisposeOn { get; set; }
    public DisposalState State { get; set; }
    public string HeldBecause { get; set; } = "";
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    public static DisposalEntryRow Of(DisposalEntry e) => new()
    {
        CaseId = e.CaseId, Reference = e.Reference, Class = e.Class, Rule = e.Rule, DisposeOn = e.DisposeOn, State = e.State,
        HeldBecause = string.Join('\n', e.HeldBecause), ApprovedBy = e.Approval?.By, ApprovedAt = e.Approval?.At,
    };

    public DisposalEntry ToEntry() => new(CaseId, Reference, Class, Rule, DisposeOn, State,
        HeldBecause.Length == 0 ? [] : HeldBecause.Split('\n'),
        ApprovedBy is { } by && ApprovedAt is { } at ? new DisposalApproval(by, at) : null);
}

/// <summary>What stays after a case is destroyed (<see cref="DisposalRecord"/>): no case id, no names.</summary>
internal sealed class DisposalRecordRow
{
    public string Reference { get; set; } = "";
    public RecordClass Class { get; set; }
    public string Rule { get; set; } = "";
    public DateOnly DisposedOn { get; set; }
    public string ApprovedBy { get; set; } = "";

    public static DisposalRecordRow Of(DisposalRecord r) =>
        new() { Reference = r.Reference, Class = r.Class, Rule = r.Rule, DisposedOn = r.DisposedOn, ApprovedBy = r.ApprovedBy };

    public DisposalRecord ToRecord() => new(Reference, Class, Rule, DisposedOn, ApprovedBy);
}
