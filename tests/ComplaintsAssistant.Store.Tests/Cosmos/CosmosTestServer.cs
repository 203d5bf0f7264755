using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ComplaintsAssistant.Store.Cosmos;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The local Cosmos stand-in (tools/cosmos-test-server) for the whole test run. Uses the server named by
/// COSMOS_TEST_ENDPOINT when the test script started one; otherwise starts its own on a free port and stops it
/// at the end, so a plain <c>dotnet test</c> works. If no server can be had, tests fail saying why: never skipped.</summary>
public sealed class CosmosTestServer : IAsyncLifetime
{
    public const string EndpointVariable = "COSMOS_TEST_ENDPOINT";
    /// <summary>The emulator's published, well-known key; the stand-in accepts any key.</summary>
    private const string WellKnownKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private string? _pidFile;
    private CosmosClient? _client;

    public Uri Endpoint { get; private set; } = null!;

    public CosmosClient Client => _client ?? throw new InvalidOperationException("The Cosmos test server is not started.");

    /// <summary>Settings for a store in its own new database, so every test starts empty.</summary>
    public CosmosStoreOptions NewDatabaseOptions() => new()
    {
        Endpoint = Endpoint,
        Key = WellKnownKey,
        Database = $"test-{Guid.NewGuid():N}",
        AllowInsecureLocalCertificate = true,
    };

    public CosmosCaseStore NewStore() => new(Client, NewDatabaseOptions());

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EndpointVariable);
        Endpoint = string.IsNullOrWhiteSpace(configured) ? await StartAsync() : new Uri(configured);
        var options = NewDatabaseOptions();
        _client = CosmosClientFactory.Create(options);
        try
        {
            await _client.ReadAccountAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"The Cosmos test server at {Endpoint} does not answer ({e.GetType().Name}). " +
                $"Start it with tools/cosmos-test-server/start.sh and set {EndpointVariable}, or unset it to let the tests start one.", e);
        }
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        if (_pidFile is not null && File.Exists(_pidFile) && int.TryParse(File.ReadAllText(_pidFile).Trim(), out var pid))
        {
            try { using var server = Process.GetProcessById(pid); server.Kill(); }
            catch (ArgumentException) { } // already gone
        }
        return Task.CompletedTask;
    }

    private async Task<Uri> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot(), "tools", "cosmos-test-server", "start.sh");
        var port = FreePort();
        _pidFile = Path.Combine(Path.GetTempPath(), $"cosmos-test-{port}.pid");
        var start = new ProcessStartInfo("bash", [script, port.ToString(System.Globalization.CultureInfo.InvariantCulture), _pidFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var starting = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash to start the Cosmos test server.");
        var output = starting.StandardOutput.ReadToEndAsync();
        var errors = starting.StandardError.ReadToEndAsync();
        // The first run installs the server's npm packages (npm ci), which takes a while.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await starting.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            starting.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The Cosmos test server did not start within 3 minutes ({script}).");
        }
        if (starting.ExitCode != 0)
            throw new InvalidOperationException($"The Cosmos test server did not start ({script}, exit {starting.ExitCode}): {await output} {await errors}");
        return new Uri($"https://127.0.0.1:{port}/");
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
            if (File.Exists(Path.Combine(folder.FullName, "tools", "cosmos-test-server", "start.sh"))) return folder.FullName;
        throw new InvalidOperationException("tools/cosmos-test-server/start.sh was not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosTestServer>
{
    public const string Name = "Cosmos test server";
}
