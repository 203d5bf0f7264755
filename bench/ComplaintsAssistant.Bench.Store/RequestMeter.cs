using ComplaintsAssistant.Store.Cosmos;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Bench.Store;

/// <summary>Counts what one operation costs: HTTP requests on the wire (including the query-plan and metadata
/// requests the SDK makes by itself), the SDK's own operations, and the RU charge Cosmos reports on each.</summary>
internal sealed class RequestMeter
{
    private long _http, _sdk, _milliRu;
    public bool SawCharge { get; private set; }

    public (long Http, long Sdk, double Ru) Snapshot() => (Interlocked.Read(ref _http), Interlocked.Read(ref _sdk), Interlocked.Read(ref _milliRu) / 1000.0);

    public DelegatingHandler WireCounter(HttpMessageHandler inner) => new Wire(this) { InnerHandler = inner };

    public RequestHandler SdkCounter() => new Sdk(this);

    /// <summary>A client for <paramref name="options"/> whose every request this meter counts, on the wire and in the SDK
    /// (the test server's self-signed certificate accepted when the options allow it).</summary>
    public CosmosClient Client(CosmosStoreOptions options)
    {
        var clientOptions = CosmosClientFactory.ClientOptions(options);
        var socket = new SocketsHttpHandler();
        if (options.AllowInsecureLocalCertificate) socket.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        var wire = WireCounter(socket);
        clientOptions.HttpClientFactory = () => new HttpClient(wire, disposeHandler: false);
        clientOptions.CustomHandlers.Add(SdkCounter());
        return CosmosClientFactory.Create(options, clientOptions);
    }

    private sealed class Wire(RequestMeter meter) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref meter._http);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class Sdk(RequestMeter meter) : RequestHandler
    {
        public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Interlocked.Increment(ref meter._sdk);
            // The test server sends no x-ms-request-charge: this stays 0 there.
            var charge = response.Headers.RequestCharge;
            if (charge > 0) { meter.SawCharge = true; Interlocked.Add(ref meter._milliRu, (long)Math.Round(charge * 1000)); }
            return response;
        }
    }
}
