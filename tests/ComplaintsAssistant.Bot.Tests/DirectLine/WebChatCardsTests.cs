using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.DirectLine;

namespace ComplaintsAssistant.Bot.Tests.DirectLine;

/// <summary>Web Chat draws Action.Execute but can't send it: Direct Line cards carry the Action.Submit fallback.</summary>
public sealed class WebChatCardsTests
{
    private static JsonObject Card(params JsonNode[] actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions) }),
    };

    private static JsonNode Action(JsonObject card, int index = 0) => card["body"]![0]!["actions"]![index]!;

    [Fact]
    public void ExecuteIsReplacedByItsSubmitFallback()
    {
        var card = Card(new JsonObject
        {
            ["type"] = "Action.Execute", ["title"] = "Log complaint", ["verb"] = "complaint.log",
            ["data"] = new JsonObject { ["verb"] = "complaint.log", ["formId"] = "f1" },
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = "Log complaint", ["data"] = new JsonObject { ["verb"] = "complaint.log", ["formId"] = "f1" } },
        });

        var converted = WebChatCards.WithSubmitFallbacks(card);

        Assert.Equal("""{"type":"Action.Submit","title":"Log complaint","data":{"verb":"complaint.log","formId":"f1"}}""", Action(converted).ToJsonString());
        Assert.Equal("Action.Execute", (string?)Action(card)["type"]); // the original is untouched
    }

    [Fact]
    public void ExecuteWithoutASubmitFallbackBecomesASubmitCarryingItsVerb()
    {
        var card = Card(
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Escalate", ["verb"] = "case.escalate", ["style"] = "positive", ["data"] = new JsonObject { ["caseId"] = "c1" }, ["fallback"] = "drop" },
            new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Guidance", ["url"] = "https://example.org/" });

        var converted = WebChatCards.WithSubmitFallbacks(card);

        Assert.Equal("""{"type":"Action.Submit","data":{"caseId":"c1","verb":"case.escalate"},"title":"Escalate","style":"positive"}""", Action(converted).ToJsonString());
        Assert.Equal("Action.OpenUrl", (string?)Action(converted, 1)["type"]);
    }

    [Fact]
    public void ExecuteInsideAShowCardAndAsASelectActionIsReplacedToo()
    {
        var inner = Card(new JsonObject { ["type"] = "Action.Execute", ["title"] = "Extend", ["verb"] = "case.extend" });
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject
            {
                ["type"] = "Container",
                ["selectAction"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "case.view" },
                ["items"] = new JsonArray(),
            }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.ShowCard", ["title"] = "More", ["card"] = inner }),
        };

        var converted = WebChatCards.WithSubmitFallbacks(card);

        Assert.DoesNotContain("Action.Execute", converted.ToJsonString());
        Assert.Equal("case.view", (string?)converted["body"]![0]!["selectAction"]!["data"]!["verb"]);
        Assert.Equal("case.extend", (string?)converted["actions"]![0]!["card"]!["body"]![0]!["actions"]![0]!["data"]!["verb"]);
    }
}
