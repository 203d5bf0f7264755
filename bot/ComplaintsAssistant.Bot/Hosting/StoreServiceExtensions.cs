using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;

namespace ComplaintsAssistant.Bot.Hosting;

public static class StoreServiceExtensions
{
    /// <summary>The case store chosen by <c>Store:Kind</c>: <c>Sqlite</c> (default, a file under the data
    /// folder, created on first run) or <c>Cosmos</c>.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var kind = configuration["Store:Kind"] ?? "Sqlite";
        if (!kind.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Configuration Store:Kind: '{kind}' is not a store this build knows (Sqlite).");

        // Read when first needed, so settings added late (tests, hosting platforms) still count.
        services.AddSingleton(p => SqliteCaseStore.Open(
            p.GetRequiredService<IConfiguration>()["Store:SqlitePath"] ?? Path.Combine(contentRoot, "data", "complaints.db")));
        services.AddSingleton<ICaseStore>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<ICaseArchive>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IConversationStore>(p => p.GetRequiredService<SqliteCaseStore>());
        return services;
    }
}
