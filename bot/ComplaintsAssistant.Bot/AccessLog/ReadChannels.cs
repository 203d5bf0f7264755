using ComplaintsAssistant.Core.AccessLog;

namespace ComplaintsAssistant.Bot.AccessLog;

/// <summary>Which client an API request came through. The caller says so itself; it only labels the access log entry
/// (who read is the authenticated caller), so a wrong label can't hide a read.</summary>
public static class ReadChannels
{
    public const string ClientHeader = "X-Complaints-Client";
    public const string OutlookAddin = "outlook-addin";

    public static ReadChannel Of(HttpRequest request) =>
        string.Equals(request.Headers[ClientHeader].FirstOrDefault(), OutlookAddin, StringComparison.OrdinalIgnoreCase)
            ? ReadChannel.OutlookAddin
            : ReadChannel.Api;
}
