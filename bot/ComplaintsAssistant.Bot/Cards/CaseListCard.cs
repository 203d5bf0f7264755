using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>"My cases": the caller's open cases and, for managers and officers, their teams' open cases, soonest due first.</summary>
public static class CaseListCard
{
    public const int MaxRows = 15;

    /// <param name="teams">Null when the caller has no team view (staff).</param>
    public static JsonObject Build(IReadOnlyList<CaseSummary> mine, IReadOnlyList<CaseSummary>? teams, DateOnly today, Func<string?, string> nameOf)
    {
        var body = new List<JsonNode> { Elements.Heading("My cases") };
        body.AddRange(Section("Your open cases", mine, today, nameOf, "You have no open cases."));
        if (teams is not null) body.AddRange(Section("Your teams' open cases", teams, today, nameOf, "No other open cases in your teams."));
        return Card.Of(body, [CardActions.Submit("Refresh", Verbs.MyCases)]);
    }

    private static IEnumerable<JsonNode> Section(string title, IReadOnlyList<CaseSummary> rows, DateOnly today, Func<string?, string> nameOf, string none)
    {
        yield return Elements.Subheading(title);
        if (rows.Count == 0) yield return Elements.Text(none, subtle: true);
        foreach (var row in rows.Take(MaxRows)) yield return Row(row, today, nameOf);
        if (rows.Count > MaxRows) yield return Elements.Text($"…and {rows.Count - MaxRows} more.", subtle: true);
    }

    private static JsonObject Row(CaseSummary row, DateOnly today, Func<string?, string> nameOf)
    {
        var overdue = row.IsOverdue(today);
        var dueText = row.DueOn is { } on ? $"Due {Words.ShortDate(on)}{(overdue ? " (overdue)" : "")}" : "Nothing due";
        return Elements.Container(
            [
                Elements.Text($"**{row.Reference}** · {Words.Kind(row.Kind)}{(row.Stage > 0 ? $" · stage {row.Stage}" : "")} · {row.Team}"),
                Elements.Text($"{dueText} · owner {nameOf(row.Owner)}", color: overdue ? "Attention" : null, subtle: !overdue),
                CardActions.Set(CardActions.Submit($"View {row.Reference}", Verbs.ViewCase, new JsonObject { ["caseId"] = row.Id.ToString() })),
            ],
            separator: true);
    }
}
