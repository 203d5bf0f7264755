using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Inbound;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>
/// The local try-out page (/dev) and exactly the files it needs, all from web/ — nothing from a
/// CDN. Only specific files are served, never a directory. Development mode, loopback only.
/// </summary>
public static class DevPageEndpoints
{
    public const string Path = "/dev";

    private static readonly (string Route, string File, string ContentType)[] Files =
    [
        ("/dev", "index.html", "text/html; charset=utf-8"),
        ("/dev/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/dev/app.css", "app.css", "text/css; charset=utf-8"),
        ("/dev/lib/webchat.js", "node_modules/botframework-webchat/dist/webchat.js", "text/javascript; charset=utf-8"),
        ("/dev/lib/adaptivecards.min.js", "node_modules/adaptivecards/dist/adaptivecards.min.js", "text/javascript; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var webRoot = WebRoot(endpoints.ServiceProvider);
        foreach (var (route, file, contentType) in Files)
        {
            var fullPath = System.IO.Path.Combine(webRoot, file);
            endpoints.MapGet(route, (HttpContext context) => Serve(context, fullPath, contentType));
        }

        // A new user running `dotnet run` opens the root URL: send them to the try-out page.
        endpoints.MapGet("/", () => Results.Redirect(Path));
    }

    private static IResult Serve(HttpContext context, string fullPath, string contentType)
    {
        if (!Loopback.IsLoopback(context))
        {
            return Results.StatusCode(403);
        }

        return File.Exists(fullPath)
            ? Results.File(fullPath, contentType)
            : Results.Problem("The dev page assets are missing: run 'npm ci' in bot/ComplaintsAssistant.Bot/web.", statusCode: 404);
    }

    private static string WebRoot(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<ChannelOptions>>().Value.DevWebRoot;
        return !string.IsNullOrWhiteSpace(configured)
            ? configured
            : System.IO.Path.Combine(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "web");
    }
}
