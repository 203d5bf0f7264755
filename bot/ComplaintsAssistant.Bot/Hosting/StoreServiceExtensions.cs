using System.Runtime.CompilerServices;
using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsAssistant.Bot.Hosting;

public static class StoreServiceExtensions
{
    /// <summary>The case store chosen by <c>Store:Kind</c>: <c>Sqlite</c> (default, a file under the data
    /// folder, created on first run) or <c>Cosmos</c> (settings under <c>Store:Cosmos</c>, see docs/cosmos.md).
    /// Conversation references for proactive messages, and which case an email belongs to (<see cref="IEmailCaseLookup"/>,
    /// <see cref="ICaseMessageIds"/>), are kept in the same store. A SQLite file is brought up to date as the host starts.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var kind = configuration["Store:Kind"] ?? "Sqlite";
        if (kind.Equals("Cosmos", StringComparison.OrdinalIgnoreCase))
            AddCosmos(services, configuration);
        else if (kind.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            AddSqlite(services, contentRoot);
        else
            throw new InvalidOperationException($"Configuration Store:Kind: '{kind}' is not a store this build knows (Sqlite or Cosmos).");
        services.AddStoreReadiness();

        services.AddSingleton(p => new StoredConversationReferences(p.GetRequiredService<IConversationStore>,
            p.GetRequiredService<ILogger<StoredConversationReferences>>()));
        services.AddSingleton<IConversationReferenceStore>(p => p.GetRequiredService<StoredConversationReferences>());
        services.AddHostedService(p => p.GetRequiredService<StoredConversationReferences>());
        return services;
    }

    /// <summary>Its own method, so a SQLite host never loads the Cosmos SDK (megabytes of idle memory).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddCosmos(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCosmosStore(configuration.GetSection("Store:Cosmos"));
        services.Replace(ServiceDescriptor.Singleton(p => MeteredCosmosClient(p.GetRequiredService<CosmosStoreOptions>())));
        services.Replace(ServiceDescriptor.Singleton<ICaseStore>(p => new OutageAwareCaseStore(p.GetRequiredService<CosmosCaseStore>(), CosmosOutages.Recognise)));
        services.Replace(ServiceDescriptor.Singleton<IFigureFacts>(p => new OutageAwareFigureFacts(p.GetRequiredService<CosmosCaseStore>(), CosmosOutages.Recognise)));
    }

    /// <summary>The store's client, with each request's RU charge measured.</summary>
    private static Microsoft.Azure.Cosmos.CosmosClient MeteredCosmosClient(CosmosStoreOptions options)
    {
        var client = CosmosClientFactory.ClientOptions(options);
        client.CustomHandlers.Add(new CosmosChargeMeter());
        return CosmosClientFactory.Create(options, client);
    }

    private static void AddSqlite(IServiceCollection services, string contentRoot)
    {
        // Read when first needed, so settings layered on late (tests, hosting platforms) still count.
        services.AddSingleton(p => SqliteCaseStore.Open(
            p.GetRequiredService<IConfiguration>()["Store:SqlitePath"] ?? Path.Combine(contentRoot, "data", "complaints.db"),
            p.GetRequiredService<ILogger<SqliteCaseStore>>(), p.GetRequiredService<TimeProvider>()));
        services.AddHostedService<SqliteStoreStartup>();
        services.AddSingleton<ICaseStore>(p => new OutageAwareCaseStore(p.GetRequiredService<SqliteCaseStore>(), SqliteOutages.Recognise));
        services.AddSingleton<ICaseArchive>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IConversationStore>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IEmailCaseLookup>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<ICaseMessageIds>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IPromptLedger>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<ITriageDrafts>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IAccessLog>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IPersonIndex>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<ISubjectAccessRequests>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<ILegalHolds>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IDisposals>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<ICaseErasure>(p => p.GetRequiredService<SqliteCaseStore>());
        services.AddSingleton<IFigureFacts>(p => new OutageAwareFigureFacts(p.GetRequiredService<SqliteCaseStore>(), SqliteOutages.Recognise));
    }
}
