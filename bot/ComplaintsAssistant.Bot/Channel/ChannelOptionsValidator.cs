using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel;

/// <summary>Fails start-up naming the key when the Bot section is inconsistent.</summary>
internal sealed class ChannelOptionsValidator(IHostEnvironment environment) : IValidateOptions<ChannelOptions>
{
    public ValidateOptionsResult Validate(string? name, ChannelOptions options)
    {
        var failures = new List<string>();
        AddTestOnlySettings(options, failures);
        AddEntraCallers(options, failures);
        if (!options.IsDevelopmentMode && string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add("Bot:AppPassword is required when Bot:AppId is set.");
        }

        if (options.MaxActivityBytes is < 1024 or > 4 * 1024 * 1024)
        {
            failures.Add("Bot:MaxActivityBytes must be between 1024 and 4194304.");
        }

        if (options.Queue.Workers is < 1 or > 64)
        {
            failures.Add("Bot:Queue:Workers must be between 1 and 64.");
        }

        if (options.Queue.Capacity < 1)
        {
            failures.Add("Bot:Queue:Capacity must be positive.");
        }

        if (options.Connector.MaxAttempts is < 1 or > 10)
        {
            failures.Add("Bot:Connector:MaxAttempts must be between 1 and 10.");
        }

        if (options.Connector.MessagesPerSecondPerConversation < 1)
        {
            failures.Add("Bot:Connector:MessagesPerSecondPerConversation must be positive.");
        }

        if (!Uri.TryCreate(options.Connector.ProactiveServiceUrl, UriKind.Absolute, out var proactive)
            || (proactive.Scheme != Uri.UriSchemeHttps && !(options.Connector.AllowLoopbackHttp && proactive.IsLoopback)))
        {
            failures.Add("Bot:Connector:ProactiveServiceUrl must be the https address of the Teams connector, e.g. https://smba.trafficmanager.net/teams/.");
        }

        if (options.Connector.RequestsPerSecondPerTenant < 1)
        {
            failures.Add("Bot:Connector:RequestsPerSecondPerTenant must be positive.");
        }

        if (options.Auth.MetadataRefreshInterval > TimeSpan.FromHours(24) || options.Auth.MetadataRefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("Bot:Auth:MetadataRefreshInterval must be positive and at most 24 hours.");
        }

        if (options.InvokeTimeout <= TimeSpan.Zero || options.InvokeTimeout >= TimeSpan.FromSeconds(5))
        {
            failures.Add("Bot:InvokeTimeout must be positive and under 5 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// Two settings weaken the channel's checks so tests can use plain-http loopback fakes. They are refused unless the
    /// ASP.NET environment is Development, which the test hosts set explicitly: a deployment with no
    /// ASPNETCORE_ENVIRONMENT runs as Production, and a council's staging or test slot answers real Teams users, so
    /// any other name is production here. Local development mode needs neither (no inbound auth, loopback allowed).
    /// </summary>
    private void AddTestOnlySettings(ChannelOptions options, List<string> failures)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        if (!options.Auth.RequireHttpsMetadata)
        {
            failures.Add($"Bot:Auth:RequireHttpsMetadata=false is for tests only (signing keys fetched over plain http) and is refused in the " +
                $"'{environment.EnvironmentName}' environment: remove it.");
        }

        if (options.Connector.AllowLoopbackHttp)
        {
            failures.Add($"Bot:Connector:AllowLoopbackHttp=true is for tests only (the bot's token sent to plain-http local addresses) and is " +
                $"refused in the '{environment.EnvironmentName}' environment: remove it.");
        }
    }

    private static void AddEntraCallers(ChannelOptions options, List<string> failures)
    {
        var callers = options.Auth.EntraCallerAppIds;
        if (callers.Count == 0)
        {
            return;
        }

        if (callers.Any(id => !Guid.TryParseExact(id.Trim(), "D", out _)))
        {
            failures.Add("Bot:Auth:EntraCallerAppIds must list app (client) ids, each a GUID such as 00000000-0000-0000-0000-000000000000.");
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Bot:Auth:EntraCallerAppIds needs Bot:TenantId: Entra tokens are accepted only from the bot's own tenant.");
        }
    }
}
