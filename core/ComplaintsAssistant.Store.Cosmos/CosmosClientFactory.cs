using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Builds the one <see cref="CosmosClient"/> a process should hold (it pools connections and caches
/// the account's topology).</summary>
public static class CosmosClientFactory
{
    /// <summary>The client settings for <paramref name="options"/>; callers may add handlers (the benchmark counts requests).</summary>
    public static CosmosClientOptions ClientOptions(CosmosStoreOptions options)
    {
        var client = new CosmosClientOptions
        {
            ApplicationName = "ComplaintsAssistant",
            // Gateway mode: HTTPS on 443 only, which passes council firewalls and is all the local test server speaks.
            ConnectionMode = ConnectionMode.Gateway,
            Serializer = new StjCosmosSerializer(),
        };
        if (options.PreferredRegions.Count > 0) client.ApplicationPreferredRegions = [.. options.PreferredRegions];
        // Without preferred regions, stay on the configured endpoint: the test server advertises no other
        // regions, and a single-region account has none to fail over to.
        else client.LimitToEndpoint = true;
        if (options.AllowInsecureLocalCertificate)
        {
            var handler = new SocketsHttpHandler();
            // Only reachable for loopback endpoints (CosmosStoreOptions.Validate): the test server's self-signed certificate.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
            client.HttpClientFactory = () => new HttpClient(handler, disposeHandler: false);
        }
        return client;
    }

    public static CosmosClient Create(CosmosStoreOptions options, CosmosClientOptions? clientOptions = null)
    {
        options.Validate();
        clientOptions ??= ClientOptions(options);
        var endpoint = options.Endpoint!.ToString();
        if (!options.UseManagedIdentity) return new CosmosClient(endpoint, options.Key, clientOptions);
        // DefaultAzureCredential: the managed identity in Azure, a developer's az/VS login on their machine.
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new CosmosClient(endpoint, credential, clientOptions);
    }
}
