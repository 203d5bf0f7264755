using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>Local development mode: no identity configured, so nobody is authenticated. It is only
/// safe on the developer's own machine: the host listens on loopback only and refuses anyone else.</summary>
public static class LocalDevelopment
{
    public const string PersonaHeader = "X-Dev-Persona";
    public const string DefaultPersona = "dev-officer";

    /// <summary>Try-out people for the persona picker and the API's <see cref="PersonaHeader"/>.</summary>
    public static IReadOnlyList<PersonOptions> Personas { get; } =
    [
        new() { Id = "dev-social-worker", Name = "Sam Social Worker", Role = Role.Staff, Teams = ["Children in Care"] },
        new() { Id = "dev-manager", Name = "Morgan Team Manager", Role = Role.Manager, Teams = ["Children in Care", "Fostering"] },
        new() { Id = "dev-officer", Name = "Alex Complaints Officer", Role = Role.ComplaintsOfficer, Teams = [] },
    ];

    public static bool IsOn(IConfiguration configuration)
    {
        var identity = configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        return !identity.IsConfigured && string.IsNullOrWhiteSpace(configuration["Bot:AppId"]);
    }
}
