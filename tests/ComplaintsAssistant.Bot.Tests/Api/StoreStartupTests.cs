using ComplaintsAssistant.Bot.Tests.Hosting;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The SQLite file is brought up to date as the host starts: a file that can't be stops the host naming it,
/// and the email intake's lookups are served by the configured store.</summary>
public sealed class StoreStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-startup-").FullName;

    [Fact]
    public void AStoreFileThatCannotBeBroughtUpToDateStopsTheHostNamingTheFile()
    {
        var path = Path.Combine(_folder, "cases.db");
        File.WriteAllText(path, "Minutes of the review panel, saved over the case store by mistake. ".PadRight(4096, '.'));

        var logs = new CapturedLogs();

        Assert.ThrowsAny<Exception>(() => new ApiHost(new() { ["Store:SqlitePath"] = path }, logs).Dispose());

        // What the operator reads is the host's log of the failed start; the test factory may report it as a disposed host.
        Assert.Contains(logs.Lines, line => line.StartsWith("Error Microsoft.Extensions.Hosting", StringComparison.Ordinal)
            && line.Contains($"The case store file {path} could not be opened and brought up to date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheEmailIntakeFindsCasesInTheHostsStore()
    {
        using var host = new ApiHost();
        var id = await host.As("dev-officer").LogAsync(Json.Complaint());
        var lookup = host.Services.GetRequiredService<IEmailCaseLookup>();
        var kept = host.Services.GetRequiredService<ICaseMessageIds>();

        var byReference = await lookup.FindByReferenceAsync("CC-2026-0001");
        Assert.True((await kept.KeepAsync(Guid.Parse(id), ["<ack@council.example>"])).Succeeded);

        Assert.Equal(id, byReference?.Id.ToString());
        Assert.Equal(id, (await lookup.FindByConversationAsync(["<ack@council.example>"]))?.Id.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
