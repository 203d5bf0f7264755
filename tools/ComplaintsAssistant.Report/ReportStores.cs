using System.Net;
using System.Runtime.CompilerServices;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;

namespace ComplaintsAssistant.Report;

internal enum ReportStoreKind { Sqlite, Cosmos }

/// <summary>The store the report is read from, opened with the host's settings and rules (the host's reader and client
/// factory: a key, or the managed identity with <c>Store:Cosmos:UseManagedIdentity</c>).</summary>
internal static class ReportStores
{
    /// <exception cref="ArgumentException">A setting is missing or wrong, or the database isn't there; the message names the setting.</exception>
    public static Task<(ICaseStore Cases, IFigureFacts Facts)> OpenAsync(ReportArguments arguments, IConfiguration host)
    {
        if (arguments.Store == ReportStoreKind.Cosmos) return OpenCosmosAsync(host.GetSection("Store:Cosmos"));
        var sqlite = SqliteCaseStore.Open(arguments.SqlitePath);
        return Task.FromResult<(ICaseStore, IFigureFacts)>((sqlite, sqlite));
    }

    /// <summary>Its own method, so a report from SQLite never loads the Cosmos SDK.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(ICaseStore, IFigureFacts)> OpenCosmosAsync(IConfigurationSection section)
    {
        CosmosStoreOptions options;
        try
        {
            options = CosmosStoreOptionsReader.Read(section);
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException(e.Message, e);
        }
        // A report only reads: a mistyped database name must say so, not create an empty database and report nothing.
        options.CreateIfMissing = false;
        var store = new CosmosCaseStore(CosmosClientFactory.Create(options), options);
        try
        {
            await store.EnsureReadyAsync();
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ArgumentException($"{section.Path}:Database: there is no database '{options.Database}' with a '{options.CasesContainer}' " +
                $"container at {options.Endpoint}: give the host's database (Store__Cosmos__Database).", e);
        }
        return (store, store);
    }
}
