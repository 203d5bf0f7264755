using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>What can be asked, a button for each, and when a question was not understood the closest figures first.</summary>
public static class FiguresMenuCard
{
    /// <param name="figures">(id, title) of every figure, in menu order.</param>
    /// <param name="closeMatches">(id, example question) of the figures closest to what was asked; null when nothing was asked.</param>
    /// <param name="scope">"all teams" or "your teams (Children in Care)".</param>
    public static JsonObject Build(IReadOnlyList<(string Id, string Title)> figures, ReportingPeriod thisYear, string scope,
        IReadOnlyList<(string Id, string Example)>? closeMatches = null)
    {
        var body = new List<JsonNode> { Elements.Heading("Figures") };
        if (closeMatches is not null)
        {
            body.Add(Elements.Text("Sorry, I couldn't tell which figure you meant.", weight: "Bolder"));
            if (closeMatches.Count > 0)
            {
                body.Add(Elements.Subheading("Did you mean…"));
                body.Add(CardActions.Set(closeMatches.Select(m => (JsonNode)FigureButtons.Show(m.Example, m.Id, thisYear))));
            }
            else body.Add(Elements.Text("Here is everything I can count."));
        }
        body.Add(Elements.Text("Ask in your own words, for example **stage 1 on time this year**, **complaints by team last quarter** or "
            + "**compliments since April**. Periods: this year (April to March), last year, this or last quarter, this or last month, "
            + "since April, in May, 2024/25."));
        body.Add(Elements.Text($"Figures for {scope}, {thisYear.Label} unless you name a period, with the same period a year earlier.", subtle: true));
        body.AddRange(figures.Chunk(3).Select(row => (JsonNode)CardActions.Set(row.Select(f => (JsonNode)FigureButtons.Show(f.Title, f.Id, thisYear)))));
        return Card.Of(body);
    }
}
