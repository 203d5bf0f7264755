using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>The Outlook add-in's files (wwwroot/addin: task pane, icons), served to anyone, since Outlook loads them before
/// anyone signs in. Plain GET endpoints over that one folder — no static-files middleware in the pipeline, no listings,
/// and the file provider refuses any path that climbs out of the folder.</summary>
public static class AddinFiles
{
    public const string Route = "/addin";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapAddinFiles(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var folder = Path.Combine(environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot"), "addin");
        if (!Directory.Exists(folder)) return endpoints;

        var files = new PhysicalFileProvider(folder);
        endpoints.MapGet(Route + "/{**path}", (string path) =>
        {
            var file = files.GetFileInfo(path);
            return file is { Exists: true, IsDirectory: false, PhysicalPath: { } physical } && ContentTypes.TryGetContentType(file.Name, out var type)
                ? Results.File(physical, type)
                : Results.NotFound();
        }).ExcludeFromDescription();
        return endpoints;
    }
}
