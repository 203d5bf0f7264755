using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>A question that could mean more than one of the council's teams ("the care team"): a button for each, showing
/// the figure asked for, for that team and the period asked for.</summary>
public static class FigureTeamChoiceCard
{
    public static JsonObject Build(string figureId, string figureTitle, ReportingPeriod period, IReadOnlyList<string> teams) =>
        Card.Of(
        [
            Elements.Heading("Figures"),
            Elements.Text($"Sorry, more than one team could be meant. {figureTitle}, {period.Label}:", weight: "Bolder"),
            Elements.Subheading("Did you mean…"),
            .. teams.Chunk(3).Select(row => (JsonNode)CardActions.Set(row.Select(t => (JsonNode)FigureButtons.Show(t, figureId, period, team: t)))),
            CardActions.Set(CardActions.Submit("All figures", Verbs.Figures)),
        ]);
}
