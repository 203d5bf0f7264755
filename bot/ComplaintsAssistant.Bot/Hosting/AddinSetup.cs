namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>What the Outlook add-in's page needs before it can call the API: whether this is local development mode (no
/// sign-in, sample emails offered) and otherwise the API registration it asks nested app authentication for a token to
/// (public values: the add-in is a public client). In local development mode only, the sample emails under
/// <c>samples/emails</c> for trying the pane without Outlook.</summary>
public static class AddinSetup
{
    public const string SamplesFolder = "samples/emails";

    public static IEndpointRouteBuilder MapAddinSetup(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AddinFiles.Route + "/config.json", (HostingMode mode, IConfiguration configuration) =>
        {
            if (mode.IsLocalDevelopment) return Results.Json(new AddinConfig(true, null, null, null));
            var identity = configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>()!;
            return Results.Json(new AddinConfig(false, identity.ClientId, $"{identity.Instance.TrimEnd('/')}/{identity.TenantId}",
                $"api://{identity.ClientId}/access_as_user"));
        }).ExcludeFromDescription();

        if (!endpoints.ServiceProvider.GetRequiredService<HostingMode>().IsLocalDevelopment) return endpoints;
        var folder = Path.Combine(endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>().ContentRootPath, SamplesFolder);
        endpoints.MapGet(AddinFiles.Route + "/samples", () => Results.Json(Samples(folder))).ExcludeFromDescription();
        endpoints.MapGet(AddinFiles.Route + "/samples/{name}", (string name) =>
                Samples(folder).Contains(name) ? Results.File(Path.Combine(folder, name + ".eml"), "message/rfc822") : Results.NotFound())
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Sample names (file names without .eml); a name is only ever one of these, never a path.</summary>
    private static string[] Samples(string folder) => Directory.Exists(folder)
        ? Directory.GetFiles(folder, "*.eml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToArray()
        : [];
}

/// <param name="LocalDevelopment">True: call the API without a token (it acts as the default persona) and offer samples.</param>
/// <param name="ClientId">The API and add-in registration (docs/deployment.md).</param>
/// <param name="Authority">The council's tenant on the Entra login host.</param>
/// <param name="Scope">The API's one scope, <c>api://{client id}/access_as_user</c>.</param>
public sealed record AddinConfig(bool LocalDevelopment, string? ClientId, string? Authority, string? Scope);
