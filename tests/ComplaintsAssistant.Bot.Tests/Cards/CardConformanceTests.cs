using System.Text;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Cards.Schema;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Cards;

/// <summary>Every card in the gallery against the official 1.5 schema, Teams' rules for Universal Actions, and size limits.</summary>
public class CardConformanceTests
{
    /// <summary>Teams takes ~100 KB per bot message (bot-protocol.md §4); 28 KB (the webhook limit) is our own, tighter budget.</summary>
    private const int MaxCardBytes = 28 * 1024;

    private static readonly Lazy<Task<IReadOnlyList<(string Name, JsonObject Card)>>> Gallery = new(CardGallery.BuildAsync);

    public static TheoryData<string> Names() => new(AllNames);

    private static readonly string[] AllNames =
        ["welcome", "help", "help-officer-setup-unfinished", "notice-not-understood", "notice-unknown-button", "notice-case-not-found", "form-complaint", "form-complaint-refused",
         "logged-complaint", "form-member-enquiry", "form-member-enquiry-refused", "logged-member-enquiry", "form-informal", "form-compliment",
         "form-compliment-dialog", "logged-compliment", "case-manager", "case-staff", "case-refused-extension", "case-extended", "case-conflict",
         "case-refused-response", "case-responded", "case-overdue", "case-held", "my-cases-staff", "my-cases-manager", "learning-list", "learning-updated",
         "case-ombudsman-route", "prompt-owner", "prompt-snooze-refused", "prompt-snoozed", "prompt-escalated", "digest", "figures-menu", "figures-did-you-mean",
         "figure-stage1", "figure-complaints-by-team", "figure-overdue-staff", "figure-one-team", "figures-which-team", "figures-not-your-team", "figure-by-team",
         "triage", "triage-refused", "triage-accepted", "triage-already-decided", "typed-which-kind", "typed-complaint-form"];

    /// <summary>Teams' chart elements (platform-facts.md) are not in the official 1.5 schema, which is why each carries a fallback.</summary>
    private static readonly string[] TeamsCharts =
        ["Chart.Donut", "Chart.Pie", "Chart.Gauge", "Chart.VerticalBar", "Chart.VerticalBar.Grouped", "Chart.HorizontalBar", "Chart.HorizontalBar.Stacked", "Chart.Line"];

    [Fact]
    public async Task GalleryHoldsEveryNamedCard() =>
        Assert.Equal(AllNames.Order(), (await Gallery.Value).Select(c => c.Name).Order());

    [Theory]
    [MemberData(nameof(Names))]
    public async Task CardMatchesOfficialSchema(string name)
    {
        var errors = CardSchema.Official.Validate(WithChartsAsTheirFallbacks(await CardAsync(name)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task CardFollowsTeamsRules(string name)
    {
        var card = await CardAsync(name);
        Assert.Equal("1.5", (string?)card["version"]);
        var inputs = All(card).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).ToArray();
        Assert.All(inputs, i => Assert.False(string.IsNullOrEmpty((string?)i["id"])));
        Assert.All(inputs, i => Assert.False(string.IsNullOrEmpty((string?)i["label"] ?? (string?)i["title"])));
        Assert.Equal(inputs.Length, inputs.Select(i => (string)i["id"]!).Distinct().Count());

        foreach (var execute in All(card).Where(o => (string?)o["type"] == "Action.Execute"))
        {
            var verb = (string?)execute["verb"];
            Assert.False(string.IsNullOrEmpty(verb));
            var fallback = Assert.IsType<JsonObject>(execute["fallback"]);
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal(verb, (string?)fallback["data"]!["verb"]);
        }
        // Execute buttons sit in ActionSets, where older Teams clients honour their fallback.
        Assert.DoesNotContain(All(card).Where(o => o["actions"] is JsonArray && (string?)o["type"] == "AdaptiveCard")
            .SelectMany(o => o["actions"]!.AsArray()), a => (string?)a!["type"] == "Action.Execute");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task CardIsWellUnderTeamsSizeLimit(string name)
    {
        var bytes = Encoding.UTF8.GetByteCount((await CardAsync(name)).ToJsonString());
        Assert.True(bytes < MaxCardBytes, $"{name} is {bytes} bytes");
    }

    /// <summary>Keeps tests/ComplaintsAssistant.Browser.Tests/CardGallery/cards up to date: the browser test renders each file
    /// with the official renderer. A changed card is written and this test fails until the files are committed, so the
    /// browser test never renders a stale gallery (and CI, running both projects at once, never sees files being written).</summary>
    [Fact]
    public async Task TheCommittedGalleryIsCurrent()
    {
        var changed = await CardGalleryFiles.WriteAsync(TestPaths.GalleryFolder);
        Assert.True(changed.Count == 0, $"Cards changed; the gallery was rewritten, commit it: {string.Join(", ", changed)}");
        Assert.Equal(AllNames.Length, Directory.GetFiles(TestPaths.GalleryFolder, "*.json").Length);
    }

    /// <summary>A chart is a Teams chart element with its title shown and a fallback FactSet carrying exactly its numbers,
    /// since Teams mobile, older clients and Web Chat show only the fallback.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public async Task EveryChartHasATitleAndAFallbackWithTheSameNumbers(string name)
    {
        foreach (var chart in Charts(await CardAsync(name)))
        {
            Assert.Contains((string?)chart["type"], TeamsCharts);
            Assert.True((bool?)chart["showTitle"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)chart["title"]));
            var bars = chart["data"]!.AsArray().Select(d => ((string)d!["x"]!, (int)d["y"]!)).ToArray();
            Assert.NotEmpty(bars);
            var fallback = Assert.IsType<JsonObject>(chart["fallback"]);
            Assert.Contains((string)chart["title"]!, Texts(fallback));
            var facts = All(fallback).Single(o => (string?)o["type"] == "FactSet")["facts"]!.AsArray()
                .Select(f => ((string)f!["title"]!, int.Parse(((string)f["value"]!).Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB"))))
                .ToArray();
            Assert.Equal(bars, facts);
        }
    }

    [Theory]
    [InlineData("figure-stage1")]
    [InlineData("figure-complaints-by-team")]
    public async Task FigureAnswersDrawTheirBreakdownAsAChart(string name) => Assert.NotEmpty(Charts(await CardAsync(name)));

    private static JsonObject[] Charts(JsonObject card) =>
        All(card).Where(o => ((string?)o["type"])?.StartsWith("Chart.", StringComparison.Ordinal) == true).ToArray();

    private static JsonObject WithChartsAsTheirFallbacks(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        foreach (var chart in Charts(copy))
            chart.Parent!.AsArray()[chart.GetElementIndex()] = chart["fallback"]!.DeepClone();
        return copy;
    }

    [Fact]
    public void SchemaCheckerRejectsWhatTheSchemaForbids()
    {
        var unknownProperty = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"red"}]}""")!.AsObject();
        var badEnum = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""")!.AsObject();
        var noInputId = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text"}]}""")!.AsObject();
        var unknownElement = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Carousel"}]}""")!.AsObject();
        var good = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","msteams":{"width":"Full"},"body":[{"type":"TextBlock","text":"x","color":"Attention"}]}""")!.AsObject();

        Assert.NotEmpty(CardSchema.Official.Validate(unknownProperty));
        Assert.NotEmpty(CardSchema.Official.Validate(badEnum));
        Assert.NotEmpty(CardSchema.Official.Validate(noInputId));
        Assert.NotEmpty(CardSchema.Official.Validate(unknownElement));
        Assert.Empty(CardSchema.Official.Validate(good));
    }

    private static async Task<JsonObject> CardAsync(string name) => (await Gallery.Value).Single(c => c.Name == name).Card;
}
