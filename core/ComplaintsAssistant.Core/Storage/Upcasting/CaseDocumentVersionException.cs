namespace ComplaintsAssistant.Core.Storage.Upcasting;

/// <summary>A stored case this release can't read without misreading it: written by a newer release (during a rolling
/// update, or after a rollback), or with a version that isn't one. Nothing is written.</summary>
public sealed class CaseDocumentVersionException(string message) : Exception(message);
