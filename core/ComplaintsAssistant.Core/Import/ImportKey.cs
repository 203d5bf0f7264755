using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Import;

/// <summary>An imported case keeps its old system's reference as its intake key, <c>import:</c> and the reference: the
/// store's intake key makes the import idempotent (one case per old reference, found again on every import) and lets a
/// case be looked up by its old reference.</summary>
public static class ImportKey
{
    private const string Prefix = "import:";

    public static string For(string oldReference) => Prefix + oldReference.Trim();

    /// <summary>The old system's reference of an imported case, or null for a case logged here.</summary>
    public static string? OldReference(CaseSnapshot snapshot) =>
        snapshot.IntakeKey is { } key && key.StartsWith(Prefix, StringComparison.Ordinal) ? key[Prefix.Length..] : null;

    /// <summary>Imported cases are past records: nobody is prompted about them, even one still open as at today.</summary>
    public static bool IsImported(Case subject) => OldReference(subject.Snapshot) is not null;
}
