using System.Net;
using ComplaintsAssistant.Bot.Conversations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>
/// The real bot host (Program) on real Kestrel at 127.0.0.1, any free port, in local development
/// mode, with a throw-away SQLite file. Until the host registers its turn handler, a small echo
/// handler stands in so the channel can be driven end to end.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "ca-browser-" + Guid.NewGuid().ToString("N"));

    public BotHostFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataFolder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Store:SqlitePath", Path.Combine(_dataFolder, "complaints.db"));
        builder.ConfigureTestServices(services =>
        {
            if (!services.Any(descriptor => descriptor.ServiceType == typeof(ITurnHandler)))
            {
                services.AddSingleton<ITurnHandler, EchoTurnHandler>();
            }
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

    private sealed class EchoTurnHandler : ITurnHandler
    {
        public Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken) => Task.FromResult(turn.Kind switch
        {
            TurnKind.Installed => new TurnReply([new OutgoingMessage("Hello, " + turn.Speaker.Name + ".")]),
            _ => new TurnReply([new OutgoingMessage("You said: " + turn.Text)]),
        });
    }
}
