using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Reads the RU charge Cosmos reports on every SDK request (query pages and retries each count) into
/// <see cref="Telemetry.StoreCharged"/>.</summary>
internal sealed class CosmosChargeMeter : RequestHandler
{
    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.RequestCharge > 0) Telemetry.StoreCharged(response.Headers.RequestCharge);
        return response;
    }
}
