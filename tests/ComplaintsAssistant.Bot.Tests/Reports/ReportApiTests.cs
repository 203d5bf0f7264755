using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Reports.Lgsco;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Reports.Rendering.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsAssistant.Bot.Tests.Reports;

/// <summary>The reports through the real host over real HTTP, from three years of cases on a real SQLite file (the clock
/// is 1 June 2026, so 2025/26 is complete).</summary>
public sealed class ReportApiTests : IAsyncLifetime, IDisposable
{
    private readonly ApiHost _host = new();
    private ReportCases _cases = null!;

    public async Task InitializeAsync()
    {
        _cases = new ReportCases(_host.Services.GetRequiredService<ICaseStore>());
        await _cases.SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task TheWordReportPassesTheValidatorWithHeadingsTablesAndChartsWithAltText()
    {
        var response = await _host.As("dev-officer").GetAsync("/api/reports/annual?year=2025-26&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("annual-report-2025-26.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator(WordReport.Version).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors));

        var body = document.MainDocumentPart!.Document.Body!;
        var headings = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToArray();
        Assert.Equal(AnnualReportLayout.Sections.Select(s => s.Heading), headings);
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        Assert.Equal("heading 1", styles.Elements<Style>().Single(s => s.StyleId == "Heading1").StyleName!.Val);

        var tables = body.Descendants<Table>().ToArray();
        Assert.Contains(tables, t => t.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value!.StartsWith("Stage 1 statutory complaints", StringComparison.Ordinal));
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));

        var charts = document.MainDocumentPart.ChartParts.ToArray();
        Assert.NotEmpty(charts);
        var drawings = body.Descendants<DW.DocProperties>().ToArray();
        Assert.Equal(charts.Length, drawings.Length);
        Assert.All(drawings, d => Assert.StartsWith("Bar chart of ", d.Description!.Value));
        Assert.Contains(body.Descendants<SdtBlock>(), s => s.InnerText.Contains("[Write here]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryChartsFiguresAreInItsOwnWorkbookSoEditDataWorksInWord()
    {
        var response = await _host.As("dev-officer").GetAsync("/api/reports/annual?year=2025-26&format=docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);

        var charts = document.MainDocumentPart!.ChartParts.ToArray();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var link = chart.ChartSpace!.GetFirstChild<C.ExternalData>()!;
            var embedded = (EmbeddedPackagePart)chart.GetPartById(link.Id!.Value!);
            using var workbook = SpreadsheetDocument.Open(embedded.GetStream(), false);
            var errors = new OpenXmlValidator(WordReport.Version).Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
            Assert.True(errors.Length == 0, string.Join("\n", errors));
            var book = workbook.WorkbookPart!;
            var sheet = (WorksheetPart)book.GetPartById(book.Workbook!.Sheets!.Elements<S.Sheet>().Single().Id!.Value!);
            var cells = sheet.Worksheet!.Descendants<S.Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);

            // Every value, category and series name the chart shows is the cell its formula names.
            foreach (var series in chart.ChartSpace.Descendants<C.BarChartSeries>())
            {
                var name = series.SeriesText!.StringReference!;
                Assert.Equal(name.StringCache!.Elements<C.StringPoint>().Single().InnerText, cells[Cell(name.Formula!.Text)]);
                var categories = series.GetFirstChild<C.CategoryAxisData>()!.StringReference!;
                var values = series.GetFirstChild<C.Values>()!.NumberReference!;
                var (categoryColumn, valueColumn) = (Column(categories.Formula!.Text), Column(values.Formula!.Text));
                foreach (var point in categories.StringCache!.Elements<C.StringPoint>())
                    Assert.Equal(point.InnerText, cells[$"{categoryColumn}{point.Index!.Value + 2}"]);
                var shown = values.NumberingCache!.Elements<C.NumericPoint>().ToDictionary(p => $"{valueColumn}{p.Index!.Value + 2}", p => p.InnerText);
                var inWorkbook = cells.Where(c => c.Key.StartsWith(valueColumn, StringComparison.Ordinal) && c.Key != $"{valueColumn}1");
                Assert.Equal(shown.OrderBy(p => p.Key), inWorkbook.OrderBy(p => p.Key));
            }
        }

        static string Cell(string formula) => formula.Split('!')[1].Replace("$", "", StringComparison.Ordinal);
        static string Column(string formula) => Cell(formula).Split(':')[0].TrimEnd("0123456789".ToCharArray());
    }

    [Fact]
    public async Task EveryTableHasThreeYearsSideBySideWithTheChange()
    {
        var stage1 = await CsvAsync("dev-officer", "statutory.stage1.within_10_wd");

        Assert.Equal("Breakdown,2023/24,2024/25,2025/26,Share of 2025/26,Change on 2024/25", stage1[0]);
        Assert.Contains("Within 10 working days,1,3,2,50%,down 1", stage1);
        Assert.Contains("11–20 working days,1,0,1,25%,up 1", stage1);
        Assert.Contains("Over 20 working days,0,0,1,25%,up 1", stage1);
        Assert.Contains("On time,50%,100%,50%,,down 50 points", stage1);
    }

    [Fact]
    public async Task AManagersReportCountsTheirOwnTeamsOnly()
    {
        var officers = await CsvAsync("dev-officer", "statutory.complaints.by_team");
        var managers = await CsvAsync("dev-manager", "statutory.complaints.by_team");

        Assert.Contains(officers, l => l.StartsWith("Safeguarding,", StringComparison.Ordinal));
        Assert.DoesNotContain(managers, l => l.StartsWith("Safeguarding,", StringComparison.Ordinal));
        Assert.Contains("Fostering,1,0,2,67%,up 2", managers);
    }

    [Fact]
    public async Task StaffAreRefusedBothReports()
    {
        var annual = await _host.As("dev-social-worker").GetAsync("/api/reports/annual?year=2025-26&format=html");
        var lgsco = await _host.As("dev-social-worker").PostAsJsonAsync("/api/reports/lgsco?year=2025-26", Entries());

        Assert.Equal(HttpStatusCode.Forbidden, annual.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, lgsco.StatusCode);
        Assert.Equal("application/problem+json", annual.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheHtmlReportOpensInTheBrowserWithCaptionsAndHeaderCells()
    {
        var response = await _host.As("dev-officer").GetAsync("/api/reports/annual?year=2025/26&format=html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("annual-report-2025-26.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("<caption>Stage 1 statutory complaints responded to within 10 working days, 2023/24 to 2025/26</caption>", html);
        Assert.Contains("<th scope=\"col\">2025/26</th>", html);
        Assert.Contains("<svg role=\"img\"", html);
        Assert.Contains("Send the stage 1 letter template to every team manager", html);
    }

    [Fact]
    public async Task NoNameReferenceOrFreeTextAboutAChildIsInAnyRendering()
    {
        var officer = _host.As("dev-officer");
        var renderings = new List<(string Name, string Text)>();
        foreach (var format in new[] { "docx", "html", "csv" })
            renderings.Add(($"annual {format}", Unpacked(await (await officer.GetAsync($"/api/reports/annual?year=2025-26&format={format}")).Content.ReadAsByteArrayAsync())));
        foreach (var format in new[] { "docx", "html", "csv" })
            renderings.Add(($"lgsco {format}", Unpacked(await (await officer.PostAsJsonAsync($"/api/reports/lgsco?year=2025-26&format={format}", Entries())).Content.ReadAsByteArrayAsync())));

        Assert.Contains("Call-back times are now on the duty rota", renderings.Single(r => r.Name == "lgsco html").Text);
        foreach (var (name, text) in renderings)
            foreach (var identifying in _cases.Identifying)
                Assert.False(text.Contains(identifying, StringComparison.OrdinalIgnoreCase), $"{name} shows \"{identifying}\"");
    }

    [Fact]
    public async Task BadYearAndFormatAreNamedInTheProblem()
    {
        var response = await _host.As("dev-officer").GetAsync("/api/reports/annual?year=2025-27&format=pdf");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("year", problem.GetProperty("field").GetString());
        Assert.Contains("2025-26", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task TheAnnualReportCanGiveTheStatusAsAtTheYearEnd()
    {
        var html = await (await _host.As("dev-officer").GetAsync("/api/reports/annual?year=2025-26&format=html&asAt=yearEnd")).Content.ReadAsStringAsync();
        var before = await _host.As("dev-officer").GetAsync("/api/reports/annual?year=2025-26&asAt=2025-01-01");

        Assert.Contains("Status as at 31 March 2026", html);
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Equal("asAt", (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task TheCodeReportHasTheSelfAssessmentTheLetterAndTheNonCompliance()
    {
        var response = await _host.As("dev-officer").PostAsJsonAsync("/api/reports/lgsco?year=2025-26&format=csv", Entries());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("complaints-performance-report-2025-26-tables.zip", response.Content.Headers.ContentDisposition?.FileName);
        var files = Csvs(await response.Content.ReadAsByteArrayAsync());
        var assessment = files["lgsco.self_assessment.csv"];
        Assert.Equal("Provision,What the Code expects,Complies,Evidence,Commentary", assessment[0]);
        Assert.Equal(CodeProvisions.All.Count + 1, assessment.Length);
        Assert.StartsWith("6a Complaints stages: stage 1,", assessment[6]);
        Assert.Contains("7 Putting things right,", files["lgsco.non_compliance.csv"][1]);
        Assert.Contains("Upheld (of those investigated),60%,55%", files["lgsco.ombudsman_letter.csv"]);
        Assert.StartsWith("Call-back times are now on the duty rota,Children in Care,", files["lgsco.service_improvements.csv"][1]);
    }

    [Fact]
    public async Task ACodeReportWithGapsNamesTheProvisionToPutRight()
    {
        var entries = Entries();
        entries.SelfAssessment![0] = entries.SelfAssessment[0] with { Complies = null };
        entries.SelfAssessment.RemoveAt(4);

        var response = await _host.As("dev-officer").PostAsJsonAsync("/api/reports/lgsco?year=2025-26", entries);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("selfAssessment[0].complies", problem.GetProperty("field").GetString());
        Assert.Equal("Say whether the council complies with provision 1 (Definition of a service request and complaint): yes or no.", problem.GetProperty("detail").GetString());
        var missing = problem.GetProperty("errors").GetProperty("selfAssessment.5").EnumerateArray().Single().GetString();
        Assert.Equal("The self-assessment has no row for provision 5 (The complaint handling process).", missing);
    }

    private static Posted Entries() => new(
        CodeProvisions.All.Select(p => new SelfAssessmentEntry(p.Id, p.Id != "7", $"Policy section {p.Id}", p.Id == "7" ? "Remedy guidance by March 2027" : null)).ToList(),
        new OmbudsmanLetter(12, 3, 5, 4, 60, 55, 100, 14, 100, 99));

    private sealed record Posted(List<SelfAssessmentEntry>? SelfAssessment, OmbudsmanLetter? OmbudsmanLetter);

    private async Task<string[]> CsvAsync(string persona, string tableId)
    {
        var response = await _host.As(persona).GetAsync("/api/reports/annual?year=2025-26&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Csvs(await response.Content.ReadAsByteArrayAsync())[$"{tableId}.csv"];
    }

    private static Dictionary<string, string[]> Csvs(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        });
    }

    /// <summary>The text of a file: every part of a docx or zip, or the file itself.</summary>
    private static string Unpacked(byte[] file)
    {
        if (file is not [0x50, 0x4B, ..]) return Encoding.UTF8.GetString(file);
        using var archive = new ZipArchive(new MemoryStream(file));
        return string.Concat(archive.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
