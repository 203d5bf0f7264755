using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Channel.Inbound;
using ComplaintsAssistant.Bot.Tests.Cards;
using ComplaintsAssistant.Bot.Tests.Conversations;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Manifest;

/// <summary>manifest/manifest.json, filled as a council would, against the official v1.30 schema and against the bot
/// itself: the commands it lists are ones the bot answers, and the message action is the one the channel handles.</summary>
public class ManifestTests
{
    /// <summary>SHA-256 recorded in shared/schemas/README.md for teams/v1.30/MicrosoftTeams.schema.json.</summary>
    private const string OfficialSchemaSha256 = "3339690aacd9049bc65ade66b258982803d8c6c6d3897a23f8a057b6ebe35479";

    [Fact]
    public void SchemaCopyIsTheOfficialFile() =>
        Assert.Equal(OfficialSchemaSha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(TeamsManifest.SchemaPath))));

    [Fact]
    public void FilledManifestMatchesTheOfficialSchema()
    {
        var errors = TeamsManifest.Validate(TeamsManifest.Fill(TeamsManifest.Template, TeamsManifest.TestValues));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void ManifestDeclaresVersionOneThirtyWithItsSchemaUrl()
    {
        var manifest = TeamsManifest.Filled();
        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
    }

    /// <summary>The validator is not waving everything through: each of these is a real mistake a council could make.</summary>
    [Theory]
    [InlineData("BOT_APP_ID", "not-a-guid")]
    [InlineData("BOT_APP_ID", "28:6f1c2d3e-0000-4000-8000-0000000000aa")]
    [InlineData("WEBSITE_URL", "intranet.example.gov.uk/complaints")]
    [InlineData("PRIVACY_URL", "ftp://example.gov.uk/privacy")]
    public void SchemaRefusesABadlyFilledPlaceholder(string placeholder, string value)
    {
        var values = new Dictionary<string, string>(TeamsManifest.TestValues) { [placeholder] = value };
        Assert.NotEmpty(TeamsManifest.Validate(TeamsManifest.Fill(TeamsManifest.Template, values)));
    }

    [Fact]
    public void SchemaRefusesAnotherManifestVersion()
    {
        var manifest = TeamsManifest.Filled();
        manifest["manifestVersion"] = "1.29";
        Assert.Contains(TeamsManifest.Validate(manifest.ToJsonString()), e => e.StartsWith("#/manifestVersion: NotConst", StringComparison.Ordinal));
    }

    /// <summary>NJsonSchema skips <c>const</c>, <c>if</c>/<c>then</c> (and we don't rely on <c>dependencies</c>). In v1.30 they sit only
    /// on manifestVersion (checked by hand) and inside agentConnectors and extensions, which our manifest doesn't use.
    /// A new schema version that uses them elsewhere fails here, so the validator gets looked at again.</summary>
    [Fact]
    public void KeywordsTheValidatorSkipsAreOnlyWhereWeCheckOrDoNotGo()
    {
        var schema = JsonNode.Parse(File.ReadAllText(TeamsManifest.SchemaPath))!.AsObject();
        var found = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            if (node is JsonObject o)
                foreach (var (key, child) in o)
                {
                    if (TeamsManifest.KeywordsNJsonSchemaSkips.Contains(key) && path.Split('/') is var parts && parts[^1] != "properties") found.Add($"{path}:{key}");
                    Walk(child, $"{path}/{key}");
                }
            else if (node is JsonArray a)
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}/{i}");
        }
        Walk(schema, "#");
        Assert.Equal(
            ["#/definitions/extensionRibbonsArrayTabsItem:dependencies",
             "#/properties/agentConnectors/items/properties/toolSource/properties/remoteMcpServer/properties/authorization:if",
             "#/properties/agentConnectors/items/properties/toolSource/properties/remoteMcpServer/properties/authorization:then",
             "#/properties/manifestVersion:const"],
            found.Order());
        Assert.All(TeamsManifest.PartsNotFullyChecked, part => Assert.False(TeamsManifest.Filled().ContainsKey(part)));
    }

    [Fact]
    public void SchemaRefusesTooLongACommandTitleAndAnUnknownProperty()
    {
        var manifest = TeamsManifest.Filled();
        manifest["composeExtensions"]![0]!["commands"]![0]!["title"] = "Log this message as a compliment please";
        Assert.Contains(TeamsManifest.Validate(manifest.ToJsonString()), e => e.Contains("StringTooLong", StringComparison.Ordinal));

        manifest = TeamsManifest.Filled();
        manifest["bots"]![0]!["supportsAttachments"] = true;
        Assert.Contains(TeamsManifest.Validate(manifest.ToJsonString()), e => e.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    [Fact]
    public void TemplateUsesOnlyThePlaceholdersPackageShFills()
    {
        Assert.Equal(TeamsManifest.TestValues.Keys.Order(), TeamsManifest.Placeholders(TeamsManifest.Template).Order());
        var script = File.ReadAllText(Path.Combine(TeamsManifest.Folder, "package.sh"));
        Assert.All(TeamsManifest.TestValues.Keys, name => Assert.Contains($"{{{{{name}}}}}", script.Replace("\\{", "{").Replace("\\}", "}")));
    }

    [Fact]
    public void BotAppIdIsTheAppIdTheBotIdAndTheSsoAppId()
    {
        var manifest = TeamsManifest.Filled();
        var appId = TeamsManifest.TestValues["BOT_APP_ID"];
        Assert.Equal(appId, (string?)manifest["id"]);
        Assert.Equal(appId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(appId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Equal(appId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal([TeamsManifest.TestValues["HOST_NAME"]], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void BotIsInPersonalTeamAndGroupChatWithAtMostTenCommandsPerScope()
    {
        var bot = TeamsManifest.Filled()["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)bot["supportsFiles"]!);

        var lists = bot["commandLists"]!.AsArray();
        foreach (var scope in new[] { "personal", "team", "groupChat" })
        {
            var commands = lists.Where(l => l!["scopes"]!.AsArray().Any(s => (string?)s == scope)).SelectMany(l => l!["commands"]!.AsArray()).ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
            Assert.Equal(commands.Count, commands.Select(c => (string?)c!["title"]).Distinct().Count());
        }
    }

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        var lists = TeamsManifest.Filled()["bots"]![0]!["commandLists"]!.AsArray();
        foreach (var list in lists)
            foreach (var command in list!["commands"]!.AsArray())
                data.Add(string.Join(",", list["scopes"]!.AsArray().Select(s => (string?)s)), (string)command!["title"]!);
        return data;
    }

    /// <summary>Teams puts a command's title in the compose box; the bot must answer it (a command that takes an
    /// argument, "case", is sent with the example its description gives). Run through the real TurnRouter.</summary>
    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryListedCommandIsOneTheBotAnswers(string scope, string title)
    {
        var description = (string)TeamsManifest.Filled()["bots"]![0]!["commandLists"]!.AsArray()
            .First(l => string.Join(",", l!["scopes"]!.AsArray().Select(s => (string?)s)) == scope)!["commands"]!.AsArray()
            .First(c => (string?)c!["title"] == title)!["description"]!;
        var typed = description.Split("for example: ") is [_, var example] ? example.Trim() : title;
        Assert.StartsWith(title, typed, StringComparison.Ordinal);

        using var bot = new BotHarness();
        var reply = await bot.SayAsync(BotHarness.Officer, typed);
        var card = reply.ReplacementCard ?? reply.Messages.FirstOrDefault(m => m.Card is not null)?.Card;
        Assert.NotNull(card);
        Assert.DoesNotContain("didn't catch that", Text(card));
    }

    [Fact]
    public void MessageActionIsTheOneTheChannelHandles()
    {
        var extension = Assert.Single(TeamsManifest.Filled()["composeExtensions"]!.AsArray())!;
        var command = Assert.Single(extension["commands"]!.AsArray())!;
        Assert.Equal("action", (string?)command["type"]);
        Assert.Equal(["message"], command["context"]!.AsArray().Select(c => (string?)c));
        Assert.True((bool)command["fetchTask"]!);

        // The dialog title the channel gives the fetchTask/submitAction answers.
        var channelTitle = typeof(InvokeDispatcher).GetField("MessageActionTitle", BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue();
        Assert.Equal("Log as compliment", (string?)command["title"]);
        Assert.Equal(channelTitle, (string?)command["title"]);

        // InvokeDispatcher answers composeExtension/* whatever the commandId; the Teams fixtures it is tested with carry this one.
        foreach (var fixture in new[] { "message-action-fetch-task.json", "message-action-submit.json" })
        {
            var activity = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "tests", "ComplaintsAssistant.Bot.Tests", "Fixtures", "Teams", fixture)))!;
            Assert.Equal((string?)activity["value"]!["commandId"], (string?)command["id"]);
        }
    }

    [Fact]
    public async Task MessageActionOpensTheComplimentDialogWithTheMessageText()
    {
        using var bot = new BotHarness();
        var reply = await bot.MessageActionAsync(BotHarness.SocialWorker, "Thank you so much to the team.");
        var card = reply.ReplacementCard ?? reply.Messages.FirstOrDefault(m => m.Card is not null)?.Card;
        Assert.NotNull(card);
        Assert.Contains(All(card), o => ((string?)o["value"])?.Contains("Thank you so much to the team.", StringComparison.Ordinal) == true);
    }
}
