using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>A button that shows a figure for a period: the figure's id, the period's kind and days, and the one team it
/// is limited to (if any) travel in the data.</summary>
public static class FigureButtons
{
    public static JsonObject Show(string title, string figureId, ReportingPeriod period, bool inPlace = false, string? team = null)
    {
        var data = Data(figureId, period);
        if (team is not null) data["team"] = team;
        if (inPlace) data["inPlace"] = "true";
        return inPlace ? CardActions.Execute(title, Verbs.FigureShow, data) : CardActions.Submit(title, Verbs.FigureShow, data);
    }

    /// <summary>"By team": the figure for each team the person may compare, posted as a new card.</summary>
    public static JsonObject ByTeam(string figureId, ReportingPeriod period) =>
        CardActions.Submit("By team", Verbs.FigureByTeam, Data(figureId, period));

    private static JsonObject Data(string figureId, ReportingPeriod period) => new()
    {
        ["figure"] = figureId,
        ["periodKind"] = period.Kind.ToString(),
        ["from"] = Day(period.From),
        ["to"] = Day(period.To),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
