using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    private string? _pidFile;

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
        if (_pidFile is not null && File.Exists(_pidFile) && int.TryParse(File.ReadAllText(_pidFile).Trim(), out var pid))
        {
            try { using var server = Process.GetProcessById(pid); server.Kill(); }
            catch (ArgumentException) { } // already gone
        }
        return Task.CompletedTask;
    }

    private async Task<Uri> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "tools", "azurite", "start.sh");
        var port = FreePort();
        _pidFile = Path.Combine(Path.GetTempPath(), $"azurite-test-{port}.pid");
        var start = new ProcessStartInfo("bash", [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), _pidFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var starting = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash to start Azurite.");
        var output = starting.StandardOutput.ReadToEndAsync();
        var errors = starting.StandardError.ReadToEndAsync();
        // The first run installs Azurite's npm packages (npm ci), which takes a while.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await starting.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            starting.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Azurite did not start within 5 minutes ({script}).");
        }
        if (starting.ExitCode != 0)
            throw new InvalidOperationException($"Azurite did not start ({script}, exit {starting.ExitCode}): {await output} {await errors}");
        return new Uri($"http://127.0.0.1:{port}/{Account}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "tools", "azurite", "start.sh"))) return folder.FullName;
        throw new InvalidOperationException("tools/azurite/start.sh was not found above " + AppContext.BaseDirectory);
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
