using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>Finds things on a card the way a person scanning it would: inputs by id, buttons by title, all the text.</summary>
public static class CardQuery
{
    public static IEnumerable<JsonObject> All(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(All)) yield return child;
                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(All)) yield return child;
                break;
        }
    }

    public static JsonObject? Input(JsonObject card, string id) =>
        All(card).FirstOrDefault(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)o["id"] == id);

    public static string? InputValue(JsonObject card, string id) => Input(card, id)?["value"]?.ToString();

    /// <summary>The Action.Execute (or, failing that, Action.Submit) with this title; fallbacks are not counted twice.</summary>
    public static JsonObject Button(JsonObject card, string title) =>
        All(card).FirstOrDefault(o => (string?)o["type"] == "Action.Execute" && (string?)o["title"] == title)
        ?? All(card).FirstOrDefault(o => (string?)o["type"] == "Action.Submit" && (string?)o["title"] == title)
        ?? throw new Xunit.Sdk.XunitException($"No button '{title}' on the card. Buttons: {string.Join(", ", Titles(card))}");

    public static IEnumerable<string> Titles(JsonObject card) =>
        All(card).Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true).Select(o => (string?)o["title"] ?? "").Distinct();

    /// <summary>TextBlocks, and facts as "title value".</summary>
    public static IEnumerable<string> Texts(JsonObject card) =>
        All(card).SelectMany(o => (string?)o["type"] switch
        {
            "TextBlock" => [(string)o["text"]!],
            "FactSet" => o["facts"]!.AsArray().Select(f => $"{f!["title"]} {f["value"]}"),
            _ => Enumerable.Empty<string>(),
        });

    public static string Text(JsonObject card) => string.Join("\n", Texts(card));

    public static IEnumerable<string> AttentionTexts(JsonObject card) =>
        All(card).Where(o => (string?)o["type"] == "TextBlock" && (string?)o["color"] == "Attention").Select(o => (string)o["text"]!);

    /// <summary>The attention texts straight after an input: what the form says is wrong with it.</summary>
    public static IReadOnlyList<string> MarksBeside(JsonObject card, string inputId) => MarksAfter(card,
        n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)n["id"] == inputId);

    /// <summary>The attention texts straight after the last of a group of inputs (the outcome of each concern).</summary>
    public static IReadOnlyList<string> MarksAfterLast(JsonObject card, string idPrefix)
    {
        var last = All(card).Last(o => ((string?)o["id"])?.StartsWith(idPrefix, StringComparison.Ordinal) == true);
        return MarksAfter(card, n => ReferenceEquals(n, last));
    }

    private static IReadOnlyList<string> MarksAfter(JsonObject card, Func<JsonObject, bool> input)
    {
        foreach (var items in All(card).SelectMany(o => o.Select(p => p.Value).OfType<JsonArray>()))
        {
            var list = items.ToList();
            var at = list.FindIndex(n => n is JsonObject o && input(o));
            if (at >= 0)
                return list.Skip(at + 1).TakeWhile(n => (string?)n!["type"] == "TextBlock" && (string?)n["color"] == "Attention")
                    .Select(n => (string)n!["text"]!).ToArray();
        }
        throw new Xunit.Sdk.XunitException("No such input on the card.");
    }

    /// <summary>The one card posted as a new message.</summary>
    public static JsonObject PostedCard(ComplaintsAssistant.Bot.Conversations.TurnReply reply) =>
        Assert.Single(reply.Messages, m => m.Card is not null).Card!;
}
