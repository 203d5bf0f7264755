using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>The email store answers a listing for a case id no case has: an empty folder read locally, one List Blobs
/// call on Azure (which also proves the container and the managed identity's role).</summary>
internal sealed class EmailStoreReadiness(IEmailStore emails) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await emails.ListAsync(Guid.Empty, cancellationToken);
        return HealthCheckResult.Healthy();
    }
}

/// <summary>When the host asks Microsoft Graph (groups in <c>Access:Groups</c>, or <c>Prompts:Managers</c> is Graph), an app
/// token for it can be had. The same MSAL app as the lookups, so a token got here is cached for them.</summary>
internal sealed class GraphReadiness(IServiceProvider services, HostingMode mode, IOptions<AccessOptions> access, IOptions<PromptOptions> prompts)
    : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var asksGraph = (!mode.IsLocalDevelopment && access.Value.Groups.Count > 0) || prompts.Value.Managers == ManagerSource.Graph;
        if (asksGraph) await services.GetRequiredService<GraphAppToken>().GetAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
