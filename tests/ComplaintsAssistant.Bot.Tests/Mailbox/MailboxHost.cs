using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Bot.Tests.Intake;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

internal static class MailboxHost
{
    /// <summary>The real host (local development mode) reading this fake Graph's mailbox for Thornbury, with a Graph token
    /// that needs no Entra, and these settings besides.</summary>
    public static ApiHost Host(this FakeGraph graph, Dictionary<string, string?> settings)
    {
        var all = Emails.Council();
        all["Mailbox:Address"] = graph.Mailbox;
        all["Access:GraphBaseUrl"] = graph.BaseUrl + "/";
        foreach (var (key, value) in settings) all[key] = value;
        return new ApiHost(all, services: s => s.Replace(ServiceDescriptor.Singleton(new GraphAppToken(_ => ValueTask.FromResult("graph-token")))));
    }
}
