using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>The subject access requests contract against the local Cosmos server, each test in a new database.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosSubjectAccessRequestsTests(CosmosTestServer server) : SubjectAccessRequestsContract
{
    protected override Task<ISubjectAccessRequests> NewStoreAsync() =>
        Task.FromResult<ISubjectAccessRequests>(new CosmosCaseStore(server.Client, server.NewDatabaseOptions()));
}
