using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Auth;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.Channel.Inbound;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot;

/// <summary>
/// The Teams / Bot Framework channel and the local Direct Line try-out. The host registers its
/// own <c>ITurnHandler</c>; everything channel-side is here.
/// </summary>
public static class ChannelServiceExtensions
{
    public static IServiceCollection AddChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChannelOptions>().Bind(configuration.GetSection(ChannelOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChannelOptions>, ChannelOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<TurnQueue>();
        services.AddHostedService<TurnWorker>();
        services.AddSingleton<WelcomeDeduplicator>();
        services.AddSingleton<InvokeDispatcher>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<MessagesEndpoint>();

        services.AddHttpClient(SigningKeySources.HttpClientName);
        services.AddSingleton<SigningKeySources>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton(p => new Lazy<InboundAuthenticator>(p.GetRequiredService<InboundAuthenticator>));

        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ConnectorPacing>();
        // Made here rather than by ActivatorUtilities, whose factory compiles an expression tree: that loaded
        // System.Linq.Expressions (2 MB of idle memory) on every start.
        services.AddHttpClient(nameof(ConnectorClient), (provider, http) =>
                http.Timeout = provider.GetRequiredService<IOptions<ChannelOptions>>().Value.Connector.Timeout)
            .AddTypedClient((http, provider) => new ConnectorClient(http, provider.GetRequiredService<ServiceUrlPolicy>(),
                provider.GetRequiredService<IBotTokenProvider>(), provider.GetRequiredService<ConnectorPacing>(), provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<IOptions<ChannelOptions>>(), provider.GetRequiredService<ILogger<ConnectorClient>>()))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // Never follow a redirect with the bot token to another host.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        // Not a service: registering the type would load MSAL at start in hosts that never ask for a token.
        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.TryAddSingleton<IBotTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<ChannelOptions>>().Value.IsDevelopmentMode
                ? new NoBotTokenProvider()
                : ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(provider));
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<SecretExpiry>();
        services.AddHostedService<SecretExpiryCheck>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();

        services.AddSingleton<DirectLineStore>();
        services.AddSingleton<DirectLineTurns>();
        return services;
    }

    /// <summary>Maps POST /api/messages; in development mode also Direct Line and the /dev page.</summary>
    public static WebApplication MapChannel(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));

        var options = app.Services.GetRequiredService<IOptions<ChannelOptions>>().Value;
        if (options.IsDevelopmentMode)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ChannelServiceExtensions)).DevelopmentModeEnabled();
            DirectLineEndpoints.Map(app);
            DevPageEndpoints.Map(app);
        }

        return app;
    }
}
