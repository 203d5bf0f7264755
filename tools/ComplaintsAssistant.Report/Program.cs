using System.Text.Json;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Reports.Lgsco;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Report;
using ComplaintsAssistant.Reports.Rendering;
using Microsoft.Extensions.Configuration;

// The host's settings as a server gives them: Store__Kind, Store__SqlitePath, Store__Cosmos__Endpoint, ...
var host = new ConfigurationBuilder().AddEnvironmentVariables().Build();
ReportArguments arguments;
try
{
    arguments = ReportArguments.Parse(args, host);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ReportArguments.Usage);
    return 2;
}

LgscoEntries? entries = null;
try
{
    if (arguments.EntriesPath is { } entriesPath) entries = JsonSerializer.Deserialize<LgscoEntries>(await File.ReadAllBytesAsync(entriesPath), JsonSerializerOptions.Web);
}
catch (JsonException e)
{
    Console.Error.WriteLine($"--entries: the file is not the JSON the report takes ({e.Path}: {e.Message})");
    return 2;
}

ICaseStore store;
IFigureFacts facts;
try
{
    (store, facts) = await ReportStores.OpenAsync(arguments, host);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var figures = new FiguresService(facts, new OpenWorkFigures(store), TimeProvider.System, new CountingConventions(SmallNumbersBelow: arguments.SmallNumbersBelow));
// Whoever can run this on the server holds the whole database: the command writes the council's report, as the complaints team sees it.
var council = new Actor("report-command", "Report command", Role.ComplaintsOfficer, []);
var name = $"{(arguments.Report == "annual" ? "annual-report" : "complaints-performance-report")}-{ReportYear.FileLabel(arguments.Year)}";
var report = arguments.Report == "annual"
    ? await new AnnualReport(figures, store).WriteAsync(council, arguments.Year)
    : await new LgscoReport(figures, store).WriteAsync(council, arguments.Year, entries);
if (report.Error is { } error)
{
    foreach (var problem in error.All) Console.Error.WriteLine($"{problem.Field}: {problem.Message}");
    return 1;
}
var file = ReportFile.Of(report.Value, arguments.Format, name);
Directory.CreateDirectory(arguments.OutputFolder);
var path = Path.Combine(arguments.OutputFolder, file.FileName);
await File.WriteAllBytesAsync(path, file.Content);
Console.WriteLine($"wrote {path} ({file.Content.Length:N0} bytes, {report.Value.Tables.Count()} tables)");
return 0;
