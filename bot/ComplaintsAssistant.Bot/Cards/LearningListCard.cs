using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>Open learning actions (the annual report's action plan), each with a sub-form to move it on.</summary>
public static class LearningListCard
{
    public const int MaxRows = 15;

    /// <param name="scope">"your teams" or "all teams".</param>
    /// <param name="nameOf">A person's name from their id; an owner typed as words (a role) comes back as it is.</param>
    public static JsonObject Build(IReadOnlyList<LearningActionEntry> entries, string scope, Func<string?, string> nameOf, CardNotice? notice = null)
    {
        var body = new List<JsonNode> { Elements.Heading("Learning actions"), Elements.Text($"Open actions for {scope}, soonest target first.", subtle: true) };
        if (notice is not null) body.Add(notice.Problem ? Elements.Attention(notice.Text) : Elements.Good(notice.Text));
        if (entries.Count == 0) body.Add(Elements.Text("No open learning actions.", subtle: true));
        body.AddRange(entries.Take(MaxRows).Select((entry, i) => (JsonNode)Row(entry, $"l{i}", nameOf)));
        if (entries.Count > MaxRows) body.Add(Elements.Text($"…and {entries.Count - MaxRows} more.", subtle: true));
        body.Add(CardActions.Set(CardActions.Execute("Refresh", Verbs.Learning, new JsonObject { ["inPlace"] = "true" })));
        return Card.Of(body);
    }

    private static JsonObject Row(LearningActionEntry entry, string item, Func<string?, string> nameOf)
    {
        var a = entry.Action;
        var data = new JsonObject { ["caseId"] = entry.CaseId.ToString(), ["number"] = a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["item"] = item };
        var update = Card.Nested(
        [
            Inputs.Choices($"{item}.status", "Status", Words.Choices<LearningStatus>(), a.Status.ToString()),
            Inputs.Text($"{item}.reviewNote", "Review note", a.ReviewNote, multiline: true, maxLength: 2000),
            CardActions.Set(CardActions.Execute("Save", Verbs.UpdateLearning, data)),
        ]);
        return Elements.Container(
            [
                Elements.Text($"**{entry.CaseReference}** · action {a.Number} · {entry.Team}"),
                Elements.Text(a.Action),
                Elements.Text($"{a.Department} · owner {nameOf(a.Owner)} · target {Words.ShortDate(a.TargetDate)} · {Words.Of(a.Status).ToLowerInvariant()}", subtle: true),
                CardActions.Set(CardActions.ShowCard("Update", update), CardActions.Submit("Open case", Verbs.ViewCase, new JsonObject { ["caseId"] = entry.CaseId.ToString() })),
            ],
            separator: true);
    }
}
