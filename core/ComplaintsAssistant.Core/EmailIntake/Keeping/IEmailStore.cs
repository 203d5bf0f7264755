namespace ComplaintsAssistant.Core.EmailIntake.Keeping;

/// <summary>Keeps emails whole (.eml) with the case they made or belong to, beside the case records: local files by default,
/// Azure Blob Storage in production. Names come from <see cref="EmailName"/>: the same email kept twice is one file.</summary>
public interface IEmailStore
{
    /// <summary>Keeps the email under the case with this name; if the case already keeps one by that name, nothing changes.</summary>
    Task PutAsync(Guid caseId, string name, ReadOnlyMemory<byte> email, CancellationToken cancellationToken = default);

    /// <summary>The emails kept with the case, by name; empty when it keeps none.</summary>
    Task<IReadOnlyList<KeptEmail>> ListAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The email's bytes, or null when the case keeps no email by that name.</summary>
    Task<byte[]?> ReadAsync(Guid caseId, string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes every email (and so every attachment) kept with the case: its disposal. Nothing kept is not an error.</summary>
    Task DeleteAllAsync(Guid caseId, CancellationToken cancellationToken = default);
}

/// <param name="Name">The file's name, e.g. <c>3f…a9.eml</c>.</param>
/// <param name="Bytes">Its size.</param>
public sealed record KeptEmail(string Name, long Bytes);
