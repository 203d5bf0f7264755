using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

ImportArguments arguments;
string contentRoot;
try
{
    arguments = ImportArguments.Parse(args);
    contentRoot = arguments.ContentRoot ?? HostFolder.Find();
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ImportArguments.Usage);
    return 2;
}

// The host's configuration (its appsettings*.json, then the environment) and its own service set-up, so the import
// writes to the store the host reads, with the council's timescales, calendar and lists.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    ContentRootPath = contentRoot,
    EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environments.Production,
});
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.Services.AddCore().AddStore(builder.Configuration, builder.Environment.ContentRootPath);
using var host = builder.Build();

var output = new ImportOutput(Console.Out, terminal: !Console.IsOutputRedirected);
var officer = new Actor("import", "Import of past years", Role.ComplaintsOfficer, []);
await using var file = File.OpenRead(arguments.File);
var imported = await host.Services.GetRequiredService<CaseImport>().RunAsync(officer, file, arguments.Format, arguments.DryRun, output);
output.Summary(imported.Value);
return imported.Value.Complete ? 0 : 1;
