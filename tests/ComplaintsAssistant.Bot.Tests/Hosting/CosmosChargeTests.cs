using System.Diagnostics.Metrics;
using System.Net;
using ComplaintsAssistant.Bot.Hosting;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>The RU charge Cosmos reports on a request is measured against the store operation that made it. (The Cosmos
/// test server reports no charges, so the SDK's answer is stood in for here.)</summary>
public sealed class CosmosChargeTests
{
    [Fact]
    public async Task ARequestsChargeIsRecordedAgainstTheStoreOperationUnderWay()
    {
        var seen = new List<(double Ru, string? Operation)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == Telemetry.Name && instrument.Name == "complaints.store.request_charge") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var operation = tags.ToArray().FirstOrDefault(t => t.Key == "operation").Value as string;
            if (operation == "ChargeTestAdd") lock (seen) seen.Add((value, operation));
        });
        listener.Start();
        var meter = new CosmosChargeMeter { InnerHandler = new Charging(2.38) };

        using (Telemetry.InStoreOperation("ChargeTestAdd"))
            await meter.SendAsync(new RequestMessage(HttpMethod.Post, new Uri("dbs/complaints/colls/cases/docs", UriKind.Relative)), default);
        await meter.SendAsync(new RequestMessage(HttpMethod.Get, new Uri("dbs/complaints", UriKind.Relative)), default); // after: not this operation's

        Assert.Equal([(2.38, "ChargeTestAdd")], seen);
    }

    private sealed class Charging(double charge) : RequestHandler
    {
        public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            var response = new ResponseMessage(HttpStatusCode.OK);
            response.Headers.Add("x-ms-request-charge", charge.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.FromResult(response);
        }
    }
}
