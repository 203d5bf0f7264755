using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>What a council would put in; the website URL carries '&amp;' to prove values are escaped, not pasted.</summary>
internal static class TestSettings
{
    public const string BotAppId = "6f1c2d3e-0000-4000-8000-0000000000aa";
    public const string ApiClientId = "0a1b2c3d-0000-4000-8000-0000000000bb";
    public const string HostName = "complaints.example.gov.uk";
    public const string WebsiteUrl = "https://intranet.example.gov.uk/complaints?team=children&tab=1";

    public static PackageSettings Create() => new()
    {
        BotAppId = BotAppId,
        ApiClientId = ApiClientId,
        HostName = HostName,
        Version = "1.0.0",
        WebsiteUrl = WebsiteUrl,
        PrivacyUrl = "https://www.example.gov.uk/privacy/childrens-social-care",
        TermsOfUseUrl = "https://www.example.gov.uk/terms",
    };
}
