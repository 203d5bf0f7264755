using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ComplaintsAssistant.Core.EmailIntake.Keeping;

namespace ComplaintsAssistant.Store.Emails;

/// <summary>Emails as block blobs in one container (<c>intake</c>, made by deploy/main.bicep): <c>{case id}/{sha256}.eml</c>,
/// written only if absent (If-None-Match: *), so a blob is never overwritten and a retry changes nothing.</summary>
public sealed class AzureEmailStore(BlobContainerClient container) : IEmailStore
{
    public async Task PutAsync(Guid caseId, string name, ReadOnlyMemory<byte> email, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(BlobName(caseId, name));
        try
        {
            await blob.UploadAsync(new BinaryData(email), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "message/rfc822" },
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Already kept: same name, same bytes.
        }
    }

    public async Task<IReadOnlyList<KeptEmail>> ListAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var prefix = caseId.ToString("N") + "/";
        var kept = new List<KeptEmail>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            var name = item.Name[prefix.Length..];
            if (EmailName.IsValid(name)) kept.Add(new KeptEmail(name, item.Properties.ContentLength ?? 0));
        }
        return kept.OrderBy(k => k.Name, StringComparer.Ordinal).ToArray();
    }

    public async Task<byte[]?> ReadAsync(Guid caseId, string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await container.GetBlobClient(BlobName(caseId, name)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAllAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = caseId.ToString("N") + "/" }, cancellationToken))
            await container.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancellationToken);
    }

    private static string BlobName(Guid caseId, string name) => EmailName.IsValid(name)
        ? caseId.ToString("N") + "/" + name
        : throw new ArgumentException("Not an email file name (sha256.eml).", nameof(name));
}
