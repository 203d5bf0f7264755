using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>
/// The real bot host (Program, with its real conversations) on real Kestrel at 127.0.0.1, any free port, in
/// local development mode, with its own throw-away SQLite file and a pinned clock: Friday 1 May 2026, 11:00 UTC
/// (Monday 4 May is the early May bank holiday), so dates and references on cards are the same on every run.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 11, 0, 0, TimeSpan.Zero);

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "ca-browser-" + Guid.NewGuid().ToString("N"));

    public BotHostFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public FakeTimeProvider Clock { get; } = new(Now);

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Store:SqlitePath", Path.Combine(_dataFolder, "complaints.db"));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
