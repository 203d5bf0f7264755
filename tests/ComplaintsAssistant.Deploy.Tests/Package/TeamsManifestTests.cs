using System.Text.Json.Nodes;
using ComplaintsAssistant.Package;

namespace ComplaintsAssistant.Deploy.Tests.Package;

/// <summary>manifest/manifest.json as the tool fills it, against the official v1.30 schema and the decisions the bot,
/// the add-in and the API build to.</summary>
public class TeamsManifestTests
{
    private static string AddinUrl(string path) => $"https://{TestSettings.HostName}/addin/{path}";

    [Fact]
    public void FilledManifestMatchesTheOfficialSchema()
    {
        var errors = TeamsManifestSchema.Validate(Rendered.Default().TeamsJson);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void ManifestDeclaresVersionOneThirtyWithItsSchemaUrl()
    {
        var manifest = Rendered.Teams();
        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    /// <summary>The validator is not waving everything through: each is a real mistake, including the three keywords the
    /// old validator skipped (const, and dependencies inside the add-in's ribbon).</summary>
    [Theory]
    [InlineData("/manifestVersion", "\"1.29\"", "manifest.json/manifestVersion: const:")]
    [InlineData("/id", "\"28:6f1c2d3e-0000-4000-8000-0000000000aa\"", "manifest.json/id: pattern:")]
    [InlineData("/developer/websiteUrl", "\"intranet.example.gov.uk/complaints\"", "manifest.json/developer/websiteUrl: pattern:")]
    [InlineData("/composeExtensions/0/commands/0/title", "\"Log this message as a compliment please\"", "manifest.json/composeExtensions/0/commands/0/title: maxLength:")]
    [InlineData("/bots/0/supportsAttachments", "true", "manifest.json/bots/0/supportsAttachments: : All values fail against the false schema")]
    [InlineData("/extensions/0/ribbons/0/tabs/0/builtInTabId", null, "manifest.json/extensions/0/ribbons/0/tabs/0: required:")]
    [InlineData("/extensions/0/runtimes/0/code/page", "\"http://complaints.example.gov.uk/addin/taskpane.html\"", "manifest.json/extensions/0/runtimes/0/code/page: pattern:")]
    [InlineData("/extensions/0/requirements/scopes/0", "\"chat\"", "manifest.json/extensions/0/requirements/scopes/0: enum:")]
    public void SchemaRefusesARealMistake(string pointer, string? json, string expected)
    {
        var manifest = Rendered.Teams();
        var parts = pointer.Trim('/').Split('/');
        var parent = parts[..^1].Aggregate((JsonNode)manifest, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!);
        if (pointer.EndsWith("builtInTabId", StringComparison.Ordinal))
        {
            // A custom tab (id) without its label and groups: only the schema's "dependencies" rule requires them.
            var tab = parent.AsObject();
            tab.Remove("builtInTabId");
            tab["id"] = "complaintsTab";
        }
        else if (parent is JsonArray array) array[int.Parse(parts[^1])] = JsonNode.Parse(json!);
        else parent[parts[^1]] = JsonNode.Parse(json!);

        var errors = TeamsManifestSchema.Validate(manifest.ToJsonString());
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void BotIdIsTheAppIdAndTheApiRegistrationSignsInTheAddin()
    {
        var manifest = Rendered.Teams();
        Assert.Equal(TestSettings.BotAppId, (string?)manifest["id"]);
        Assert.Equal(TestSettings.BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(TestSettings.BotAppId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal(TestSettings.ApiClientId, (string?)manifest["webApplicationInfo"]!["id"]);
        // api://{client id}: the one App ID URI form every tenant's identifier URI policy allows (docs/deployment.md).
        Assert.Equal($"api://{TestSettings.ApiClientId}", (string?)manifest["webApplicationInfo"]!["resource"]);
        Assert.Equal([TestSettings.HostName], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void BotIsInPersonalTeamAndGroupChatWithAtMostTenCommandsPerScope()
    {
        var bot = Rendered.Teams()["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        var lists = bot["commandLists"]!.AsArray();
        foreach (var scope in new[] { "personal", "team", "groupChat" })
        {
            var commands = lists.Where(l => l!["scopes"]!.AsArray().Any(s => (string?)s == scope)).SelectMany(l => l!["commands"]!.AsArray()).ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.Equal(commands.Count, commands.Select(c => (string?)c!["title"]).Distinct().Count());
        }
        // Cases are shown only in a personal chat: a channel sees only help and the logging commands.
        var team = lists.Single(l => (string?)l!["scopes"]![0] == "team")!["commands"]!.AsArray().Select(c => (string?)c!["title"]);
        Assert.DoesNotContain("my cases", team);
    }

    [Fact]
    public void MessageActionsAreLogAsComplimentAndCreateCase()
    {
        var commands = Rendered.Teams()["composeExtensions"]![0]!["commands"]!.AsArray();
        Assert.Equal(["logCompliment", "createCase"], commands.Select(c => (string?)c!["id"]));
        Assert.Equal(["Log as compliment", "Create case from this message"], commands.Select(c => (string?)c!["title"]));
        Assert.All(commands, c =>
        {
            Assert.Equal("action", (string?)c!["type"]);
            Assert.Equal(["message"], c["context"]!.AsArray().Select(x => (string?)x));
            Assert.True((bool)c["fetchTask"]!);
        });
    }

    [Fact]
    public void OutlookAddinOpensTheTaskPaneFromOneReadModeButton()
    {
        var manifest = Rendered.Teams();
        Assert.Equal([("MailboxItem.Read.User", "Delegated")],
            manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray().Select(p => ((string?)p!["name"], (string?)p["type"])));

        var extension = Assert.Single(manifest["extensions"]!.AsArray())!;
        Assert.Equal(["mail"], extension["requirements"]!["scopes"]!.AsArray().Select(s => (string?)s));
        var mailbox = Assert.Single(extension["requirements"]!["capabilities"]!.AsArray())!;
        Assert.Equal(("Mailbox", "1.14"), ((string?)mailbox["name"], (string?)mailbox["minVersion"]));

        var runtime = Assert.Single(extension["runtimes"]!.AsArray())!;
        Assert.Equal(AddinUrl("taskpane.html"), (string?)runtime["code"]!["page"]);
        var action = Assert.Single(runtime["actions"]!.AsArray())!;
        Assert.Equal("openPage", (string?)action["type"]);

        var ribbon = Assert.Single(extension["ribbons"]!.AsArray())!;
        Assert.Equal(["mailRead"], ribbon["contexts"]!.AsArray().Select(c => (string?)c));
        var button = Assert.Single(ribbon["tabs"]![0]!["groups"]![0]!["controls"]!.AsArray())!;
        Assert.Equal(("button", "Create case", (string?)action["id"]), ((string?)button["type"], (string?)button["label"], (string?)button["actionId"]));
        Assert.Equal([16, 32, 80], button["icons"]!.AsArray().Select(i => (int)i!["size"]!));
        Assert.All(button["icons"]!.AsArray(), i => Assert.Equal(AddinUrl($"icons/icon-{(int)i!["size"]!}.png"), (string?)i["url"]));
    }

    [Fact]
    public void UnifiedAppHidesTheXmlAddinSoNobodySeesTwoButtons()
    {
        var manifests = Rendered.Default();
        var hidden = (string?)Rendered.Teams(manifests)["extensions"]![0]!["alternates"]![0]!["hide"]!["customOfficeAddin"]!["officeAddinId"];
        Assert.Equal((string?)Rendered.Addin(manifests).Root!.Element(Rendered.Office + "Id"), hidden);
        Assert.NotEqual(TestSettings.BotAppId, hidden);
    }

    [Fact]
    public void NamesColourAndDeveloperComeFromTheSettings()
    {
        var settings = TestSettings.Create();
        settings.ShortName = "Tell Us";
        settings.FullName = "Tell Us: children's services feedback";
        settings.AccentColor = "#00703c";
        settings.DeveloperName = "Example Council";
        var manifests = Rendered.For(settings);
        var manifest = Rendered.Teams(manifests);
        Assert.Equal("Tell Us", (string?)manifest["name"]!["short"]);
        Assert.Equal("Tell Us: children's services feedback", (string?)manifest["name"]!["full"]);
        Assert.Equal("#00703C", (string?)manifest["accentColor"]);
        Assert.Equal("Example Council", (string?)manifest["developer"]!["name"]);
        Assert.StartsWith("Tell Us helps", (string?)manifest["description"]!["full"]);
        Assert.Empty(TeamsManifestSchema.Validate(manifests.TeamsJson));
    }

    [Fact]
    public void ValuesAreEscapedNotPasted()
    {
        var settings = TestSettings.Create();
        settings.ShortName = "Say \"thanks\" & more";
        var manifests = Rendered.For(settings);
        Assert.Equal("Say \"thanks\" & more", (string?)Rendered.Teams(manifests)["name"]!["short"]);
        Assert.Equal(TestSettings.WebsiteUrl, (string?)Rendered.Teams(manifests)["developer"]!["websiteUrl"]);
        Assert.Equal("Say \"thanks\" & more", (string?)Rendered.Addin(manifests).Root!.Element(Rendered.Office + "DisplayName")!.Attribute("DefaultValue"));
    }

    /// <summary>JsonSchema.Net has no draft-04, so the schema is read as draft-07. That is only sound while the schema uses
    /// no keyword whose meaning changed between them; a new schema version that does fails here.</summary>
    [Fact]
    public void SchemaUsesNoKeywordWhoseMeaningChangedAfterDraft04()
    {
        var schema = TeamsManifestSchema.SchemaJson();
        Assert.Equal(TeamsManifestSchema.Draft04, (string?)schema["$schema"]);
        var found = new List<string>();
        void Walk(JsonNode? node, string path, bool namesProperties)
        {
            if (node is JsonObject o)
                foreach (var (key, child) in o)
                {
                    if (!namesProperties && TeamsManifestSchema.Draft04OnlyKeywords.Contains(key)) found.Add($"{path}/{key}");
                    Walk(child, $"{path}/{key}", key is "properties" or "definitions" or "patternProperties" or "dependencies" && !namesProperties);
                }
            else if (node is JsonArray a)
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}/{i}", false);
        }
        Walk(schema, "#", false);
        Assert.Empty(found);
    }
}
