using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Intake;
using ComplaintsAssistant.Bot.SubjectAccess;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Import;
using ComplaintsAssistant.SubjectAccess;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

PackArguments arguments;
string contentRoot;
try
{
    arguments = PackArguments.Parse(args);
    contentRoot = arguments.ContentRoot ?? HostFolder.Find();
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(PackArguments.Usage);
    return 2;
}

// The host's configuration and its own service set-up (a web builder for the email store's folder), never started: the
// pack reads the store and the email store the host uses, and writes its reads to the same access log.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    ContentRootPath = contentRoot,
    EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environments.Production,
});
builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
// Never local development mode: the command runs on the server, as the officer named with --by.
builder.Services.AddSingleton(new HostingMode(IsLocalDevelopment: false));
builder.Services.AddCore().AddSubjectAccess().AddStore(builder.Configuration, builder.Environment.ContentRootPath).AddEmailIntake();
await using var host = builder.Build();

var officer = new Actor(arguments.By ?? "subject-access-command", arguments.By ?? "Subject access command", Role.ComplaintsOfficer, []);
var requests = host.Services.GetRequiredService<SubjectAccessRequests>();
var listed = (await requests.ListAsync(officer)).Value.OrderBy(r => r.DueOn).ToArray();
if (arguments.ListOnly)
{
    foreach (var r in listed)
        Console.WriteLine($"{r.Reference}  received {r.ReceivedOn:yyyy-MM-dd}  due {r.DueOn:yyyy-MM-dd}  {(r.AnsweredOn is { } done ? $"answered {done:yyyy-MM-dd}" : "open")}");
    if (listed.Length == 0) Console.WriteLine("No subject access requests recorded.");
    return 0;
}

var request = listed.FirstOrDefault(r => string.Equals(r.Reference, arguments.Request, StringComparison.OrdinalIgnoreCase)
    || (Guid.TryParse(arguments.Request, out var id) && r.Id == id));
if (request is null)
{
    Console.Error.WriteLine($"No subject access request {arguments.Request}: see the list with 'requests'.");
    return 1;
}
var built = await host.Services.GetRequiredService<SubjectAccessPack>().BuildAsync(officer, request.Id);
if (built.Error is { } refused)
{
    Console.Error.WriteLine(refused.Message);
    return 1;
}
Directory.CreateDirectory(arguments.Out);
var path = Path.Combine(arguments.Out, built.Value.FileName);
await File.WriteAllBytesAsync(path, built.Value.Zip);
Console.WriteLine($"{request.Reference}: {built.Value.Cases} {(built.Value.Cases == 1 ? "case" : "cases")} packed in {path}");
Console.WriteLine("Review every item flagged for redaction (index.html lists them) before the pack is sent.");
return 0;
