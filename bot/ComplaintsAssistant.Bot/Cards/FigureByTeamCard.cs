using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>"By team": one figure for each team side by side, with each team's figure a year earlier, and a button to
/// open any team's own answer.</summary>
public static class FigureByTeamCard
{
    public static JsonObject Build(string label, ReportingPeriod period, string scope, IReadOnlyList<(string Team, FigureComparison Answer)> teams)
    {
        var body = new List<JsonNode>
        {
            Elements.Heading($"{label}, by team"),
            Elements.Text($"{period.Label} · {scope}", subtle: true),
        };
        if (teams.Count == 0) body.Add(Elements.Text("No teams to show."));
        else body.Add(Elements.Facts(teams.Select(t => (t.Team, t.Answer.YearEarlier is { } earlier
            ? $"{FigureCard.Value(t.Answer.Current)} (a year earlier: {FigureCard.Value(earlier)})"
            : FigureCard.Value(t.Answer.Current)))));
        if (teams.Count > 0) body.Add(Elements.Text(teams[0].Answer.Current.Convention, subtle: true));
        body.AddRange(teams.Chunk(3).Select(row => (JsonNode)CardActions.Set(row.Select(t =>
            (JsonNode)FigureButtons.Show(t.Team, t.Answer.Current.Id, period, team: t.Team)))));
        body.Add(CardActions.Set(CardActions.Submit("All figures", Verbs.Figures)));
        return Card.Of(body);
    }
}
