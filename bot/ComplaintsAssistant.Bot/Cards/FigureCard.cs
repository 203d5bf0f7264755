using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>The answer to a figures question: the number, the same period a year earlier and the change, the breakdown as a
/// Teams chart, and the same numbers as facts for clients that draw no charts (Teams mobile, older clients, Web Chat).
/// Figures carry counts and labels only: no references, names or words from a case.</summary>
public static class FigureCard
{
    /// <param name="scope">"all teams" or "your teams (Children in Care)".</param>
    /// <param name="next">The next period, when it has started; null for none (or a figure as at today).</param>
    /// <param name="team">The one team the figure is limited to, kept by the period buttons; null for everything the person sees.</param>
    /// <param name="links">"By team", "Download CSV" and "Open the report"; null for a figure as at today, which has no period to report.</param>
    public static JsonObject Build(FigureComparison answer, string scope, ReportingPeriod? previous, ReportingPeriod? next, string? team = null,
        Links? links = null)
    {
        var figure = answer.Current;
        var asAtToday = answer.YearEarlier is null;
        var body = new List<JsonNode>
        {
            Elements.Heading(figure.Label),
            Elements.Text(asAtToday ? $"As at {Words.ShortDate(figure.Period.From)} · {scope}" : $"{figure.Period.Label} · {scope}", subtle: true),
            Elements.Text(Value(figure), weight: "Bolder", size: "ExtraLarge"),
            Elements.Text(Population(figure)),
        };
        if (answer.YearEarlier is { } earlier)
            body.Add(Elements.Facts(
            [
                ($"Same period a year earlier ({earlier.Period.Label})", Value(earlier)),
                ("Change", Capitalised(answer.ChangeInWords)),
            ]));
        // A chart can't draw "fewer than 5", so a breakdown with small numbers hidden is shown as its list alone.
        if (figure.Breakdown.Count > 0) body.Add(figure.SmallNumbersBelow is null ? Chart(figure) : Fallback(figure));
        body.Add(Elements.Text(figure.Convention, subtle: true));

        var actions = new List<JsonNode>();
        if (previous is not null) actions.Add(FigureButtons.Show("Previous period", figure.Id, previous, inPlace: true, team: team));
        if (next is not null) actions.Add(FigureButtons.Show("Next period", figure.Id, next, inPlace: true, team: team));
        if (links is { ByTeam: true }) actions.Add(FigureButtons.ByTeam(figure.Id, figure.Period));
        if (actions.Count > 0) body.Add(CardActions.Set(actions));
        var more = new List<JsonNode>();
        if (links is not null)
        {
            more.Add(OpenUrl("Download CSV", links.Csv));
            more.Add(OpenUrl("Open the report", links.Report));
        }
        more.Add(CardActions.Submit("All figures", Verbs.Figures));
        body.Add(CardActions.Set(more));
        return Card.Of(body);
    }

    /// <param name="ByTeam">Offer this figure for each team side by side (the complaints team and managers).</param>
    /// <param name="Csv">A signed link to this figure as CSV; <paramref name="Report"/> to every figure for the period.</param>
    public sealed record Links(bool ByTeam, string Csv, string Report);

    /// <summary>Opens in the browser: the links are signed for the viewer, since the browser carries no sign-in.</summary>
    private static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// <summary>A bar chart of the breakdown with <c>showTitle</c>, falling back to a FactSet with the same numbers.</summary>
    private static JsonObject Chart(Figure figure)
    {
        var vertical = figure.Unit == FigureUnit.Percent;
        return new JsonObject
        {
            ["type"] = vertical ? "Chart.VerticalBar" : "Chart.HorizontalBar",
            ["title"] = Breakdown(figure),
            ["showTitle"] = true,
            ["xAxisTitle"] = vertical ? "Working days taken" : "Group",
            ["yAxisTitle"] = figure.Unit == FigureUnit.Pounds ? "Pounds" : "Number",
            ["data"] = Card.Array(figure.Breakdown.Select(r => (JsonNode)new JsonObject { ["x"] = r.Label, ["y"] = Bar(figure, r) })),
            ["fallback"] = Fallback(figure),
        };
    }

    /// <summary>What a client without charts shows: the chart's title and every bar as a fact.</summary>
    public static JsonObject Fallback(Figure figure) => Elements.Container(
    [
        Elements.Text(Breakdown(figure), weight: "Bolder"),
        Elements.Facts(figure.Breakdown.Select(r => (r.Label, r.Average is { } days ? $"{Averages.Text(days)} days ({RowCount(figure, r)} answered)"
            : r.Percent is { } p ? $"{RowCount(figure, r)} ({p}%)" : RowCount(figure, r)))),
    ]);

    private static string Breakdown(Figure figure) => $"{figure.Label}: breakdown";

    /// <summary>A bar's height: the count, or for money the amount in whole pounds (the facts beside it give the pence).</summary>
    private static JsonNode Bar(Figure figure, FigureRow row) => figure.Unit == FigureUnit.Pounds
        ? JsonValue.Create((long)Math.Round(row.Amount ?? 0, MidpointRounding.AwayFromZero))
        : JsonValue.Create(row.Count);

    /// <summary>"50%", "1,204", "£158.50", "No figure: nothing to count": the number as the card, the CSV and the report print it.</summary>
    public static string Value(Figure figure) => figure.Unit == FigureUnit.Days ? (figure.Average is { } days ? $"{Averages.Text(days)} days" : "No figure: nothing answered")
        : figure.Value is not { } value ? "No figure: nothing to count"
        : figure.ValueSuppressed ? FewerThan(figure)
        : figure.Unit == FigureUnit.Pounds ? Pounds.InWords(figure.Amount ?? 0)
        : figure.Unit == FigureUnit.Percent ? $"{value}%" : Count(value);

    public static string Population(Figure figure) => figure.Unit is FigureUnit.Percent or FigureUnit.Days
        ? $"Out of {Count(figure.Population)} answered."
        : figure.Unit == FigureUnit.Pounds ? $"{Payments(figure.Population)}."
        : figure.ValueSuppressed ? $"{Capitalised(FewerThan(figure))} in all." : $"{Count(figure.Population)} in all.";

    /// <summary>A breakdown row's count, or "fewer than 5" where small numbers are hidden; money as "£100.00 from 2 payments".</summary>
    public static string RowCount(Figure figure, FigureRow row) => row.Suppressed ? FewerThan(figure)
        : figure.Unit == FigureUnit.Pounds ? $"{Pounds.InWords(row.Amount ?? 0)} from {Payments(row.Count)}" : Count(row.Count);

    private static string Payments(int n) => $"{Count(n)} {(n == 1 ? "payment" : "payments")}";

    private static string FewerThan(Figure figure) => $"fewer than {figure.SmallNumbersBelow}";

    public static string Count(int n) => n.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    public static string Capitalised(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
}
