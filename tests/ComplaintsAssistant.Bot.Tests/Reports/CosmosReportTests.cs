using System.IO.Compression;
using System.Net;
using System.Text;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Tests.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Reports;

/// <summary>The annual report from the Cosmos store (the local test server) has the same tables as from SQLite.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosReportTests(CosmosTestServer server)
{
    [Fact]
    public async Task TheAnnualReportFromCosmosHasTheSameThreeYearsAsFromSqlite()
    {
        using var host = new ApiHost(new()
        {
            ["Store:Kind"] = "Cosmos",
            ["Store:Cosmos:Endpoint"] = server.Endpoint.ToString(),
            ["Store:Cosmos:Key"] = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            ["Store:Cosmos:Database"] = server.NewDatabaseOptions().Database,
            ["Store:Cosmos:AllowInsecureLocalCertificate"] = "true",
        });
        await new ReportCases(host.Services.GetRequiredService<ICaseStore>()).SeedAsync();

        var response = await host.As("dev-officer").GetAsync("/api/reports/annual?year=2025-26&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(zip.GetEntry("statutory.stage1.within_10_wd.csv")!.Open(), Encoding.UTF8);
        var stage1 = (await reader.ReadToEndAsync()).Split("\r\n");
        Assert.Contains("Within 10 working days,1,3,2,50%,down 1", stage1);
        Assert.Contains("On time,50%,100%,50%,,down 50 points", stage1);
        using var plan = new StreamReader(zip.GetEntry("learning.action_plan.csv")!.Open(), Encoding.UTF8);
        Assert.Contains("Send the stage 1 letter template to every team manager", await plan.ReadToEndAsync());
    }
}
