using System.Security.Cryptography;
using System.Text;

namespace ComplaintsAssistant.Store.Cosmos.Items;

/// <summary>Deterministic ids for meta items. Keys are hashed because Cosmos ids may not contain
/// '/', '\', '?' or '#', and an internet message id or a user key may.</summary>
internal static class MetaIds
{
    public const string Sequence = "sequence";
    public const string Intake = "intake";
    public const string Conversation = "conversation";
    public const string Message = "message";
    public const string Prompt = "prompt";
    public const string Triage = "triage";
    public const string MailboxCursor = "mailboxCursor";
    public const string Read = "read";
    public const string PersonSender = "personSender";
    public const string SubjectAccessRequest = "subjectAccessRequest";
    public const string Hold = "hold";
    public const string Disposal = "disposal";
    public const string DisposalRecord = "disposalRecord";
    public const string Figures = "figures";

    public static string For(string type, string key) =>
        $"{type}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
}
