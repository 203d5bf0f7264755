using Azure.Storage.Blobs;

namespace ComplaintsAssistant.Store.Tests.Emails;

/// <summary>Azurite's blob service (tools/azurite) for the whole test run. Uses the one named by AZURITE_BLOB_ENDPOINT when the
/// test script started one; otherwise starts its own on a free port and stops it at the end. Never skipped.</summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    public const string EndpointVariable = "AZURITE_BLOB_ENDPOINT";
    /// <summary>Azurite's published development account and key.</summary>
    private const string Account = "devstoreaccount1";
    private const string WellKnownKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private LocalServer? _server;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>A new empty container, so every test starts with nothing kept.</summary>
    public async Task<BlobContainerClient> NewContainerAsync()
    {
        var service = new BlobServiceClient($"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={WellKnownKey};BlobEndpoint={Endpoint};");
        var container = service.GetBlobContainerClient($"intake-{Guid.NewGuid():N}");
        await container.CreateAsync();
        return container;
    }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EndpointVariable);
        Endpoint = string.IsNullOrWhiteSpace(configured) ? await StartAsync() : new Uri(configured);
    }

    public Task DisposeAsync()
    {
        _server?.Stop();
        return Task.CompletedTask;
    }

    private async Task<Uri> StartAsync()
    {
        _server = await LocalServer.StartAsync("tools/azurite/start.sh", "Azurite", TimeSpan.FromMinutes(5));
        return new Uri($"http://127.0.0.1:{_server.Port}/{Account}");
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Azurite";
}

/// <summary>The email store contract on Azure Blob Storage, through the real SDK against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureEmailStoreTests(AzuriteServer azurite) : Contract.EmailStoreContract
{
    protected override async Task<Core.EmailIntake.Keeping.IEmailStore> NewStoreAsync() =>
        new Store.Emails.AzureEmailStore(await azurite.NewContainerAsync());
}
