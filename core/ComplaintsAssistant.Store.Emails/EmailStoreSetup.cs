using System.Runtime.CompilerServices;
using Azure.Identity;
using Azure.Storage.Blobs;
using ComplaintsAssistant.Core.EmailIntake.Keeping;

namespace ComplaintsAssistant.Store.Emails;

/// <summary>The email store chosen by <c>Blobs:Kind</c>: <c>Local</c> (default, files under <c>Blobs:LocalPath</c>) or
/// <c>Azure</c> (<c>Blobs:Azure:ServiceUri</c>, container <c>Blobs:Azure:Container</c>, default <c>intake</c>, reached with the
/// app's managed identity, which needs Storage Blob Data Contributor on the container — deploy/main.bicep grants it).</summary>
public static class EmailStoreSetup
{
    public const string Section = "Blobs";

    public static IEmailStore Open(Func<string, string?> setting, string defaultFolder)
    {
        var kind = setting("Blobs:Kind") ?? "Local";
        if (kind.Equals("Local", StringComparison.OrdinalIgnoreCase))
            return new LocalEmailStore(setting("Blobs:LocalPath") ?? defaultFolder);
        if (!kind.Equals("Azure", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Configuration Blobs:Kind: '{kind}' is not an email store this build knows (Local or Azure).");
        if (!Uri.TryCreate(setting("Blobs:Azure:ServiceUri"), UriKind.Absolute, out var service) || service.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException("Configuration Blobs:Azure:ServiceUri must be the storage account's blob endpoint, https://ACCOUNT.blob.core.windows.net/.");
        return OpenAzure(service, setting);
    }

    /// <summary>Its own method, so a host with local files never loads the Azure SDK (megabytes of idle memory).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IEmailStore OpenAzure(Uri service, Func<string, string?> setting)
    {
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = setting("Blobs:Azure:ManagedIdentityClientId") });
        return new AzureEmailStore(new BlobServiceClient(service, credential).GetBlobContainerClient(setting("Blobs:Azure:Container") ?? "intake"));
    }
}
