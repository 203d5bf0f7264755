using System.Net;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>An officer imports past years through the API (real HTTP to the host, a real SQLite file).</summary>
public sealed class ImportApiTests : IDisposable
{
    private readonly ApiHost _host = new();
    private HttpClient Officer => _host.Patient("dev-officer");

    [Fact]
    public async Task TheSameYearAsJsonLinesAndAsCsvGivesTheSameCases()
    {
        using var csvHost = new ApiHost();
        var records = CouncilYear.Records();

        var fromJson = await Officer.PostJsonLinesAsync(ImportFiles.JsonLines(records)).ImportedAsync();
        var fromCsv = await csvHost.Patient("dev-officer").PostCsvAsync(ImportFiles.Csv(records)).ImportedAsync();

        Assert.Equal((CouncilYear.Total, 0, 0, 0), fromJson.Counts());
        Assert.Equal((CouncilYear.Total, 0, 0, 0), fromCsv.Counts());
        foreach (var record in records)
        {
            var json = (await Officer.CaseAsync(record.Reference))["case"]!.AsObject();
            var csv = (await csvHost.Patient("dev-officer").CaseAsync(record.Reference))["case"]!.AsObject();
            json.Remove("id");
            csv.Remove("id");
            Assert.True(JsonNode.DeepEquals(json, csv), $"{record.Reference}\n{json}\n{csv}");
        }
    }

    [Fact]
    public async Task TheAdvocateColumnOfEitherFormatIsCountedInTheAdvocacyFigure()
    {
        using var csvHost = new ApiHost();
        var records = CouncilYear.Records();
        var statutory = records.Where(r => r.Kind == "statutory_complaint").ToArray();
        var withAdvocate = statutory.Count(r => r.Advocate is not null);

        await Officer.PostJsonLinesAsync(ImportFiles.JsonLines(records)).ImportedAsync();
        await csvHost.Patient("dev-officer").PostCsvAsync(ImportFiles.Csv(records)).ImportedAsync();
        const string Figure = "/api/figures/statutory.complaints.with_advocate?period=2015-16&smallNumbersBelow=1";
        var fromJson = await (await Officer.GetAsync(Figure)).ReadObjectAsync();
        var fromCsv = await (await csvHost.Patient("dev-officer").GetAsync(Figure)).ReadObjectAsync();

        Assert.Equal(5, withAdvocate);
        Assert.Equal(withAdvocate, (int?)fromJson["current"]!["value"]);
        Assert.Equal(withAdvocate, (int?)fromCsv["current"]!["value"]);
        // Of the statutory complaints made by children directly or through an advocate (one of the year's 10 is corporate).
        Assert.Equal(statutory.Count(r => r.ChildComplained == true), (int?)fromJson["current"]!["population"]);
    }

    [Fact]
    public async Task AnImportedCaseKeepsEveryFieldOfItsRecordAndItsOldReferenceBesideTheNewOne()
    {
        var records = CouncilYear.Records();
        await Officer.PostCsvAsync(ImportFiles.Csv(records)).ImportedAsync();

        // HAV-C041: stage 1 answered, escalated, stage 2 investigated (extended to 65 working days, a cost), stage 3 panel.
        var view = await Officer.CaseAsync("HAV-C041");
        var subject = view["case"]!;
        var record = records.Single(r => r.Reference == "HAV-C041");
        Assert.Equal("HAV-C041", (string?)view["oldReference"]);
        Assert.StartsWith("CC-2015-", (string?)subject["reference"]);
        Assert.Equal(3, subject["stages"]!.AsArray().Count);
        for (var i = 0; i < 3; i++)
        {
            var stage = subject["stages"]![i]!;
            var times = view["stageTimes"]![i]!;
            Assert.Equal(record.Stages![i].Opened.ToString("yyyy-MM-dd"), (string?)stage["openedOn"]);
            Assert.Equal(record.Stages[i].Responded!.Value.ToString("yyyy-MM-dd"), (string?)stage["respondedOn"]);
            Assert.Equal(record.Stages[i].Due.ToString("yyyy-MM-dd"), (string?)times["unextendedDueOn"]);
            Assert.Equal((record.Stages[i].ExtendedDue ?? record.Stages[i].Due).ToString("yyyy-MM-dd"), (string?)times["dueOn"]);
        }
        Assert.Equal("partiallyUpheld", (string?)subject["stages"]![1]!["outcome"]);
        Assert.Equal(["apology", "changeToPractice"], subject["stages"]![1]!["resolutions"]!.AsArray().Select(r => (string)r!));
        Assert.Contains(subject["payments"]!.AsArray(), p => (decimal)p!["amount"]! == 1890.00m && (int?)p["stage"] == 2);
        Assert.Equal("closed", (string?)subject["status"]);
        Assert.Contains(subject["audit"]!.AsArray(), a => (string?)a!["action"] == "imported");
        Assert.Equal(record.Children!.Count, subject["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task AnImportedCaseStillOpenAsAtTodayPromptsNobody()
    {
        // Received Wednesday 20 May 2026, stage 1 due Wednesday 3 June, never answered: a case logged here would be prompted.
        var open = new YearRecord("OLD-OPEN-1", "statutory_complaint", new DateOnly(2026, 5, 20), "email", "Fostering", Relationship: "parent",
            Concerns: [("Lack of communication", null)],
            Stages: [new YearStage(1, new DateOnly(2026, 5, 20), new DateOnly(2026, 6, 3), null, null, null, [])]);

        await Officer.PostJsonLinesAsync(ImportFiles.JsonLines([open])).ImportedAsync();

        var view = await Officer.CaseAsync("OLD-OPEN-1");
        Assert.Equal("inProgress", (string?)view["case"]!["status"]);
        var store = _host.Services.GetRequiredService<ICaseStore>();
        Assert.Empty(await store.ListPromptCandidatesAsync(new DateOnly(2026, 12, 31), null, 100));
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNothing()
    {
        var file = ImportFiles.JsonLines(CouncilYear.Records());
        await Officer.PostJsonLinesAsync(file).ImportedAsync();
        var before = await Officer.GetAsync("/api/cases/by-reference/HAV-C001");

        var again = await Officer.PostJsonLinesAsync(file).ImportedAsync();

        Assert.Equal((0, 0, CouncilYear.Total, 0), again.Counts());
        var after = await Officer.GetAsync("/api/cases/by-reference/HAV-C001");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        var listed = await (await Officer.GetAsync("/api/cases?take=500")).ReadArrayAsync();
        Assert.Equal(CouncilYear.Total, listed.Count);
    }

    [Fact]
    public async Task ACorrectedFileUpdatesWhatChangedAndTheAuditSaysSo()
    {
        var records = CouncilYear.Records();
        await Officer.PostCsvAsync(ImportFiles.Csv(records)).ImportedAsync();
        var reference = (string?)(await Officer.CaseAsync("HAV-C002"))["case"]!["reference"];
        var corrected = records.Select(r => r.Reference == "HAV-C002"
            ? r with { Stages = [r.Stages![0] with { Outcome = "partially_upheld" }] }
            : r).ToArray();

        var summary = await Officer.PostCsvAsync(ImportFiles.Csv(corrected)).ImportedAsync();

        Assert.Equal((0, 1, CouncilYear.Total - 1, 0), summary.Counts());
        var view = await Officer.CaseAsync("HAV-C002");
        Assert.Equal(reference, (string?)view["case"]!["reference"]);
        Assert.Equal("partiallyUpheld", (string?)view["case"]!["stages"]![0]!["outcome"]);
        var audit = view["case"]!["audit"]!.AsArray();
        Assert.Equal(["imported", "import-updated"], audit.Select(a => (string)a!["action"]!));
        Assert.Contains("stages", (string?)audit[1]!["detail"]);
    }

    [Fact]
    public async Task ADryRunReportsWhatTheImportWouldDoAndWritesNothing()
    {
        var records = CouncilYear.Records();
        var file = ImportFiles.Csv(records);

        var dry = await Officer.PostCsvAsync(file, dryRun: true).ImportedAsync();

        Assert.True((bool)dry["dryRun"]!);
        Assert.Empty(await (await Officer.GetAsync("/api/cases?take=500")).ReadArrayAsync());
        var real = await Officer.PostCsvAsync(file).ImportedAsync();
        Assert.Equal(real.Counts(), dry.Counts());
        Assert.Equal(real["newValues"]!.ToJsonString(), dry["newValues"]!.ToJsonString());

        var corrected = ImportFiles.Csv(records.Select(r => r.Reference == "HAV-C003" ? r with { Team = "Adoption" } : r));
        var dryUpdate = await Officer.PostCsvAsync(corrected, dryRun: true).ImportedAsync();
        Assert.Equal((0, 1, CouncilYear.Total - 1, 0), dryUpdate.Counts());
        Assert.Equal("Fostering", (string?)(await Officer.CaseAsync("HAV-C003"))["case"]!["team"]);
    }

    [Fact]
    public async Task TheCouncilsOwnWordsAreKeptAsWrittenAndThoseNotOnItsListsAreReported()
    {
        var summary = await Officer.PostJsonLinesAsync(ImportFiles.JsonLines(CouncilYear.Records())).ImportedAsync();

        var teams = summary["newValues"]!.AsArray().Where(v => (string?)v!["list"] == "team").ToDictionary(v => (string)v!["value"]!, v => (int)v!["count"]!);
        Assert.Contains("Under 12s", teams.Keys);
        Assert.DoesNotContain("Fostering", teams.Keys);
        Assert.Equal("Triage/MASH & Assessment", (string?)(await Officer.CaseAsync("HAV-C004"))["case"]!["team"]);
    }

    [Fact]
    public async Task OnlyTheComplaintsTeamImports()
    {
        var response = await _host.As("dev-manager").PostJsonLinesAsync(ImportFiles.JsonLines(CouncilYear.Records().Take(1)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await (await Officer.GetAsync("/api/cases")).ReadArrayAsync());
    }

    [Fact]
    public async Task AFileOfAnotherTypeIsRefusedSayingWhichTwoAreTaken()
    {
        var response = await Officer.PostImportAsync(ImportFiles.Utf8("{}"), "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/csv", (string?)(await response.ReadObjectAsync())["detail"]);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefusedWithAProblem()
    {
        using var small = new ApiHost(new() { ["Import:MaxBytes"] = "2000" });
        var file = ImportFiles.Utf8(ImportFiles.JsonLines(CouncilYear.Records()));

        var response = await small.AsUploader("dev-officer").PostImportAsync(file, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("import-too-large", (string?)(await response.ReadObjectAsync())["rule"]);
    }

    public void Dispose() => _host.Dispose();
}
