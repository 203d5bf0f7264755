using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.FigureLinks;

public static class FigureLinkServiceExtensions
{
    /// <summary>The signer for the figure card's links, from the <c>FigureLinks</c> section. Without a public address the
    /// links start with the address this host listens on (local development: the browser is on the same machine).</summary>
    public static IServiceCollection AddFigureLinks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FigureLinkOptions>(configuration.GetSection(FigureLinkOptions.Section));
        services.AddSingleton(p => new FigureLinkSigner(p.GetRequiredService<IOptions<FigureLinkOptions>>(), p.GetRequiredService<TimeProvider>(),
            () => p.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()));
        return services;
    }
}
