using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Owners;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ComplaintsAssistant.Bot.Access;

public static class AccessServiceExtensions
{
    public const string GraphClientName = "ComplaintsAssistant.Graph";
    private static readonly string[] GraphScopes = ["https://graph.microsoft.com/.default"];

    /// <summary>Who is who: people and groups from <c>Access</c>. Outside local development, when groups are
    /// configured, chat users are looked up in Microsoft Graph with the bot's own app registration
    /// (<c>Bot:AppId</c>/<c>AppPassword</c> in the council's tenant; it needs GroupMember.Read.All and User.Read.All).</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().Configure<IConfiguration>((o, c) => c.GetSection(AccessOptions.Section).Bind(o));
        services.AddSingleton<ActorDirectory>();
        services.AddSingleton<IPeopleDirectory, ConfiguredPeople>();
        services.AddSingleton(provider => new GraphAppToken(GraphToken(provider)));
        services.AddHttpClient(GraphClientName, (provider, http) =>
            http.BaseAddress = new Uri(provider.GetRequiredService<IConfiguration>()["Access:GraphBaseUrl"] ?? "https://graph.microsoft.com/"));
        services.AddSingleton<IGroupMembership>(provider =>
        {
            var access = provider.GetRequiredService<IOptions<AccessOptions>>().Value;
            if (provider.GetRequiredService<HostingMode>().IsLocalDevelopment || access.Groups.Count == 0) return new NoGroupMembership();
            return new GraphGroupMembership(provider.GetRequiredService<IHttpClientFactory>().CreateClient(GraphClientName),
                provider.GetRequiredService<GraphAppToken>().GetAsync, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<GraphGroupMembership>>());
        });
        return services;
    }

    /// <summary>An app-only Graph token from one MSAL app, which caches it.</summary>
    private static Func<CancellationToken, ValueTask<string>> GraphToken(IServiceProvider provider)
    {
        var bot = provider.GetRequiredService<IOptions<ChannelOptions>>().Value;
        var tenant = !string.IsNullOrWhiteSpace(bot.TenantId) ? bot.TenantId : provider.GetRequiredService<IConfiguration>()["Entra:TenantId"];
        var app = ConfidentialClientApplicationBuilder.Create(bot.AppId)
            .WithClientSecret(bot.AppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .WithHttpClientFactory(new MsalHttpClientFactory(provider.GetRequiredService<IHttpClientFactory>()))
            .Build();
        return async cancellationToken => (await app.AcquireTokenForClient(GraphScopes).ExecuteAsync(cancellationToken)).AccessToken;
    }
}

/// <summary>The host's one source of app-only Graph tokens (one MSAL app, one token cache), for every Graph caller.</summary>
public sealed record GraphAppToken(Func<CancellationToken, ValueTask<string>> GetAsync);
