using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Store.Cosmos;

public static class CosmosStoreServiceExtensions
{
    /// <summary>Registers the Cosmos store as <see cref="ICaseStore"/>, <see cref="ICaseArchive"/>, <see cref="IConversationStore"/>,
    /// <see cref="IEmailCaseLookup"/>, <see cref="ICaseMessageIds"/> and <see cref="IFigureFacts"/>, with the one <see cref="CosmosClient"/> it uses.
    /// Call with the <c>Store:Cosmos</c> section when <c>Store:Kind</c> is <c>Cosmos</c>; a missing or
    /// contradictory setting throws here, naming its key.</summary>
    public static IServiceCollection AddCosmosStore(this IServiceCollection services, IConfiguration section)
    {
        var options = CosmosStoreOptionsReader.Read(section);
        services.AddSingleton(options);
        services.AddSingleton(_ => CosmosClientFactory.Create(options));
        services.AddSingleton(sp => new CosmosCaseStore(sp.GetRequiredService<CosmosClient>(), options, sp.GetService<ILogger<CosmosCaseStore>>()));
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ICaseArchive>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IEmailCaseLookup>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ICaseMessageIds>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IPromptLedger>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ITriageDrafts>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IAccessLog>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IPersonIndex>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ISubjectAccessRequests>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ILegalHolds>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IFigureFacts>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IDisposals>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ICaseErasure>(sp => sp.GetRequiredService<CosmosCaseStore>());
        return services;
    }
}
