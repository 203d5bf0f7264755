using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>Files as councils' spreadsheets and old systems really write them, through the API into a real SQLite file.</summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly ApiHost _host = new();
    private HttpClient Officer => _host.Patient("dev-officer");

    private static YearRecord Parent(string reference, string team = "Fostering", string category = "Lack of communication") =>
        new(reference, "statutory_complaint", new DateOnly(2024, 5, 1), "email", team, Relationship: "parent",
            Concerns: [(category, "upheld")],
            Stages: [new YearStage(1, new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 16), null, new DateOnly(2024, 5, 14), "upheld", ["apology"])]);

    [Fact]
    public async Task AFileSavedAsLatin1IsRefusedNamingTheLineAndNothingIsImported()
    {
        var text = ImportFiles.Csv([Parent("OLD-1"), Parent("OLD-2", team: "Siân's team")]);
        var latin1 = Encoding.Latin1.GetBytes(text);

        var response = await Officer.PostImportAsync(latin1, "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("import-not-utf8", (string?)problem["rule"]);
        Assert.StartsWith("Line 3:", (string?)problem["detail"]);
        Assert.Empty(await (await Officer.GetAsync("/api/cases")).ReadArrayAsync());
    }

    [Fact]
    public async Task AByteOrderMarkCrlfQuotedLineBreaksAndDoubledQuotesAreReadAsRfc4180Says()
    {
        var team = "Triage, \"MASH\" & Assessment";
        var category = "Didn't listen\nto the child";
        var file = Encoding.UTF8.GetPreamble().Concat(ImportFiles.Utf8(ImportFiles.Csv([Parent("OLD-1", team, category), Parent("OLD-2")], "\r\n"))).ToArray();

        var summary = await Officer.PostImportAsync(file, "text/csv").ImportedAsync();

        Assert.Equal((2, 0, 0, 0), summary.Counts());
        var first = (await Officer.CaseAsync("OLD-1"))["case"]!;
        Assert.Equal(team, (string?)first["team"]);
        Assert.Equal(category, (string?)first["concerns"]![0]!["category"]);
    }

    [Fact]
    public async Task LineNumbersCountTheLinesInsideQuotedValues()
    {
        // OLD-1's row takes lines 2 and 3 (a line break inside its quoted team); OLD-2's row is line 4.
        var file = ImportFiles.Csv([Parent("OLD-1", team: "Two\nlines"), Parent("OLD-2") with { ReceivedVia = "carrier pigeon" }], "\n");

        var summary = await Officer.PostCsvAsync(file).ImportedAsync();

        Assert.Equal((1, 0, 0, 1), summary.Counts());
        var issue = summary["issues"]!.AsArray().Single()!;
        Assert.Equal((4, "received_via", "carrier pigeon"), ((int)issue["line"]!, (string?)issue["column"], (string?)issue["value"]));
    }

    [Fact]
    public async Task ABadRowAmongGoodOnesIsReportedWithItsLineAndColumnAndTheGoodOnesAreKept()
    {
        var records = CouncilYear.Records().Take(20).ToList();
        records[7] = records[7] with { Stages = [records[7].Stages![0] with { Outcome = "sort of upheld" }] };
        var lines = ImportFiles.CsvRows(records).ToArray();

        var summary = await Officer.PostCsvAsync(ImportFiles.Csv(records)).ImportedAsync();

        Assert.Equal((19, 0, 0, 1), summary.Counts());
        var issue = summary["issues"]!.AsArray().Single()!;
        Assert.Equal(2 + Array.FindIndex(lines, l => l.StartsWith("HAV-C008,", StringComparison.Ordinal)), (int)issue["line"]!);
        Assert.Equal(("outcome", "sort of upheld", "HAV-C008"), ((string?)issue["column"], (string?)issue["value"], (string?)issue["reference"]));
        Assert.Contains("'partially_upheld'", (string?)issue["reason"]);
        var unknown = summary["unknownValues"]!.AsArray().Single()!;
        Assert.Equal(("sort of upheld", 1), ((string?)unknown["value"], (int)unknown["count"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await Officer.GetAsync("/api/cases/by-reference/HAV-C008")).StatusCode);
        await Officer.CaseAsync("HAV-C009");
    }

    [Fact]
    public async Task RowsOfACaseOutOfOrderAndApartMakeTheSameCase()
    {
        var records = CouncilYear.Records();
        var rows = ImportFiles.CsvRows(records).ToArray();
        // Every row in reverse: each case's stages come last first, with other cases between them.
        var shuffled = ImportFiles.CsvHeader + "\n" + string.Concat(rows.Reverse().Select(r => r + "\n"));
        using var ordered = new ApiHost();

        await Officer.PostCsvAsync(shuffled).ImportedAsync();
        await ordered.Patient("dev-officer").PostCsvAsync(ImportFiles.Csv(records)).ImportedAsync();

        var escalated = records.Where(r => r.Stages is { Count: > 1 }).Select(r => r.Reference).ToArray();
        Assert.NotEmpty(escalated);
        foreach (var reference in escalated)
        {
            var a = (await Officer.CaseAsync(reference))["case"]!;
            var b = (await ordered.Patient("dev-officer").CaseAsync(reference))["case"]!;
            Assert.True(JsonNode.DeepEquals(a["stages"], b["stages"]), reference);
            Assert.True(JsonNode.DeepEquals(a["escalations"], b["escalations"]), reference);
        }
    }

    [Fact]
    public async Task AReferenceTwiceInOneFileIsOneCaseAndTheSecondIsReported()
    {
        var record = Parent("OLD-1");
        var file = ImportFiles.JsonLines([record, Parent("OLD-2"), record with { Team = "Adoption" }]);

        var summary = await Officer.PostJsonLinesAsync(file).ImportedAsync();

        Assert.Equal((2, 0, 0, 1), summary.Counts());
        var issue = summary["issues"]!.AsArray().Single()!;
        Assert.Equal(3, (int)issue["line"]!);
        Assert.Contains("first on line 1", (string?)issue["reason"]);
        Assert.Equal("Fostering", (string?)(await Officer.CaseAsync("OLD-1"))["case"]!["team"]);
    }

    [Fact]
    public async Task ACsvHeaderThatIsNotTheDocumentedOneIsRefusedNamingTheColumn()
    {
        var file = ImportFiles.Csv([Parent("OLD-1")]).Replace(",stage,", ",stage_number,");

        var response = await Officer.PostCsvAsync(file);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("import-header", (string?)problem["rule"]);
        Assert.Contains("Column 10 of the header is 'stage_number'; it must be 'stage'", (string?)problem["detail"]);
    }

    [Fact]
    public async Task AHundredThousandRowsAreAllRead()
    {
        // 50,000 complaints that reached stage 2: 100,000 rows. A dry run, so the test reads and checks every row without
        // waiting for 50,000 writes (the bench measures those).
        var stage2 = CouncilYear.Records().Single(r => r.Reference == "HAV-C042");
        var rows = new StringBuilder(ImportFiles.CsvHeader).Append('\n');
        for (var i = 0; i < 50_000; i++)
            foreach (var row in ImportFiles.CsvRows([stage2 with { Reference = $"BIG-{i:00000}" }])) rows.Append(row).Append('\n');

        var patient = Officer;
        patient.Timeout = Timeout.InfiniteTimeSpan; // nothing here is timed: on a busy machine this takes minutes
        var summary = await patient.PostCsvAsync(rows.ToString(), dryRun: true).ImportedAsync();

        Assert.Equal((50_000, 0, 0, 0), summary.Counts());
    }

    public void Dispose() => _host.Dispose();
}
