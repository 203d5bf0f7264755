using ComplaintsAssistant.Store.Sqlite;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Opens the SQLite store as the host starts, so its file is brought up to date (migrations, logged) before any
/// request, and a file that can't be stops the host with the store's message naming the file, instead of failing the
/// first person to use it.</summary>
internal sealed class SqliteStoreStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<SqliteCaseStore>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
