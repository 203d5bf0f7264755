using ComplaintsAssistant.Core.Storage;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Store.Cosmos;

public static class CosmosStoreServiceExtensions
{
    /// <summary>Registers the Cosmos store as <see cref="ICaseStore"/>, <see cref="ICaseArchive"/> and
    /// <see cref="IConversationStore"/>, with the one <see cref="CosmosClient"/> it uses.
    /// Call with the <c>Store:Cosmos</c> section when <c>Store:Kind</c> is <c>Cosmos</c>; a missing or
    /// contradictory setting throws here, naming its key.</summary>
    public static IServiceCollection AddCosmosStore(this IServiceCollection services, IConfiguration section)
    {
        var options = CosmosStoreOptionsReader.Read(section);
        services.AddSingleton(options);
        services.AddSingleton(_ => CosmosClientFactory.Create(options));
        services.AddSingleton(sp => new CosmosCaseStore(sp.GetRequiredService<CosmosClient>(), options));
        services.AddSingleton<ICaseStore>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<ICaseArchive>(sp => sp.GetRequiredService<CosmosCaseStore>());
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<CosmosCaseStore>());
        return services;
    }
}
