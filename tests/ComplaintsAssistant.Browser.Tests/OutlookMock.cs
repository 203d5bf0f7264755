using System.Text.Json;
using Microsoft.Playwright;

namespace ComplaintsAssistant.Browser.Tests;

/// <summary>Outlook for the task pane: the office.js URL the pane loads from Microsoft's CDN is answered with
/// office-addin-mock 4.0.0 (from web/node_modules, wrapped in a tiny CommonJS loader) set up as Outlook's <c>Office</c>
/// global, whose open item hands over <paramref name="eml"/> from <c>getAsFileAsync</c> as base64, as Outlook does.</summary>
public static class OutlookMock
{
    public const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

    private static readonly string[] Modules = ["possibleErrors", "host", "officeMockObject"];

    public static Task WithOpenEmailAsync(IPage page, string eml) =>
        page.RouteAsync(OfficeJs, route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = Script(eml) }));

    /// <summary>A plain browser: office.js can't be loaded (as on a machine offline), so there is no Office at all.</summary>
    public static Task NoOfficeAsync(IPage page) => page.RouteAsync(OfficeJs, route => route.AbortAsync());

    private static string Script(string eml)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Axe.ScriptPath)!, "..", "office-addin-mock", "lib");
        var modules = string.Join(",\n", Modules.Select(name =>
            $"{JsonSerializer.Serialize("./" + name)}: function (module, exports, require) {{\n{File.ReadAllText(Path.Combine(folder, name + ".js"))}\n}}"));
        var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(eml));
        return $$"""
            (function () {
              var sources = {
                // office-addin-mock needs only this enum from office-addin-manifest (a Node package).
                "office-addin-manifest": function (module, exports) {
                  exports.OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };
                },
                {{modules}}
              };
              var loaded = {};
              function require(name) {
                if (!loaded[name]) { var module = { exports: {} }; loaded[name] = module; sources[name](module, module.exports, require); }
                return loaded[name].exports;
              }
              var OfficeMockObject = require("./officeMockObject").OfficeMockObject;
              var eml = {{JsonSerializer.Serialize(base64)}};
              window.Office = new OfficeMockObject({
                host: "outlook",
                HostType: { Outlook: "Outlook" },
                AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
                CoercionType: { Text: "text", Html: "html" },
                context: {
                  mailbox: {
                    item: {
                      itemType: "message",
                      getAsFileAsync: function (options, callback) {
                        var done = typeof options === "function" ? options : callback;
                        setTimeout(function () { done({ status: "succeeded", value: eml }); }, 0);
                      }
                    }
                  }
                },
                onReady: function (callback) {
                  var info = { host: "Outlook", platform: "OfficeOnline" };
                  if (callback) setTimeout(function () { callback(info); }, 0);
                  return Promise.resolve(info);
                }
              });
            })();
            """;
    }
}
