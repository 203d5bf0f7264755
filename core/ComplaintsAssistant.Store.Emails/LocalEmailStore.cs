using ComplaintsAssistant.Core.EmailIntake.Keeping;

namespace ComplaintsAssistant.Store.Emails;

/// <summary>Emails as files under one folder (by default beside the SQLite file): <c>{folder}/{case id}/{sha256}.eml</c>.
/// Written to a temporary file and moved into place, so a file that exists is whole even if the host stopped mid-write.</summary>
public sealed class LocalEmailStore(string folder) : IEmailStore
{
    public async Task PutAsync(Guid caseId, string name, ReadOnlyMemory<byte> email, CancellationToken cancellationToken = default)
    {
        var path = PathOf(caseId, name);
        if (File.Exists(path)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, email, cancellationToken);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Kept meanwhile by another request: same name, same bytes.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<IReadOnlyList<KeptEmail>> ListAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(folder, caseId.ToString("N"));
        IReadOnlyList<KeptEmail> kept = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.eml").Select(f => new FileInfo(f))
                .Where(f => EmailName.IsValid(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => new KeptEmail(f.Name, f.Length)).ToArray()
            : [];
        return Task.FromResult(kept);
    }

    public async Task<byte[]?> ReadAsync(Guid caseId, string name, CancellationToken cancellationToken = default)
    {
        var path = PathOf(caseId, name);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAllAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(folder, caseId.ToString("N"));
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    private string PathOf(Guid caseId, string name) => EmailName.IsValid(name)
        ? Path.Combine(folder, caseId.ToString("N"), name)
        : throw new ArgumentException("Not an email file name (sha256.eml).", nameof(name));
}
