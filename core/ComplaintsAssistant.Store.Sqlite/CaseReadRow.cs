using ComplaintsAssistant.Core.AccessLog;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>One read of a case in the access log (<see cref="CaseRead"/>).</summary>
internal sealed class CaseReadRow
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public string Reference { get; set; } = "";
    public string ReaderId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public ReadChannel Through { get; set; }
    public bool Refused { get; set; }

    public static CaseReadRow Of(CaseRead read) => new()
    {
        CaseId = read.CaseId, Reference = read.Reference, ReaderId = read.ReaderId, At = read.At, Through = read.Through, Refused = read.Refused,
    };

    public CaseRead ToRead() => new(CaseId, Reference, ReaderId, At, Through, Refused);
}
