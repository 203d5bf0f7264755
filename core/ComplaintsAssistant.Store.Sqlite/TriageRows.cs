using System.Text.Json;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>A triage draft: its id (from the email's internet message id) is the key, so the first insert wins; the state
/// and age are columns for the triage list, the whole draft a JSON document.</summary>
internal sealed class TriageDraftRow
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public TriageState State { get; set; }
    public DateTimeOffset DraftedAt { get; set; }
    public string Document { get; set; } = "";

    public static TriageDraftRow Of(TriageDraft draft, int version) => new()
    {
        Id = draft.Id, Version = version, State = draft.State, DraftedAt = draft.DraftedAt,
        Document = JsonSerializer.Serialize(draft, CaseJson.Options),
    };

    public TriageDraft ToDraft() => JsonSerializer.Deserialize<TriageDraft>(Document, CaseJson.Options)!;
}

/// <summary>How far a mailbox has been read: the delta link its last complete round ended with.</summary>
internal sealed class MailboxCursorRow
{
    public string Mailbox { get; set; } = "";
    public string DeltaLink { get; set; } = "";
}
