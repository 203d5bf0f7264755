using System.Net;
using System.Text;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>Every figure in the catalogue for a period, as the chat gives them (the number, the same period a year earlier
/// and the change, the breakdown), on one accessible page: headings per figure, tables with captions and header cells.</summary>
public static class FigureReportPage
{
    /// <param name="annual">Links to the year's annual report, for those who may produce it.</param>
    public static string Write(ReportingPeriod period, string scope, IReadOnlyList<FigureComparison> answers, AnnualReportLinks? annual = null)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Complaints figures, {{E(period.Label)}}</title>
            <style>
            body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1b1b1b; background: #fff; line-height: 1.5 }
            table { border-collapse: collapse; margin: 0.5rem 0 1rem }
            caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem }
            th, td { border: 1px solid #595959; padding: 0.25rem 0.5rem; text-align: left }
            td.number { text-align: right }
            .value { font-size: 1.5rem; font-weight: 700; margin: 0 }
            .subtle { color: #4a4a4a }
            @media print { section { break-inside: avoid } }
            </style>
            </head>
            <body>
            <main>
            <h1>Complaints figures, {{E(period.Label)}}</h1>
            <p class="subtle">For {{E(scope)}}, with the same period a year earlier. The numbers are those the chat gives.</p>
            """);
        if (annual is not null)
            html.Append($"<p>The annual report for {E(annual.Year.Label)}, every table with three years side by side: "
                + $"<a href=\"{E(annual.Link)}&amp;format=html\">open it</a>, <a href=\"{E(annual.Link)}&amp;format=docx\">download it for Word</a> "
                + $"or <a href=\"{E(annual.Link)}&amp;format=csv\">download its tables as CSV</a>.</p>\n");
        foreach (var answer in answers) Section(html, answer);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, FigureComparison answer)
    {
        var figure = answer.Current;
        html.Append($"<section aria-labelledby=\"{figure.Id}\">\n<h2 id=\"{figure.Id}\">{E(figure.Label)}</h2>\n");
        html.Append($"<p class=\"value\">{E(FigureCard.Value(figure))}</p>\n<p>{E(FigureCard.Population(figure))}</p>\n");
        if (answer.YearEarlier is { } earlier)
            html.Append($"<p>Same period a year earlier ({E(earlier.Period.Label)}): {E(FigureCard.Value(earlier))}. {E(FigureCard.Capitalised(answer.ChangeInWords))}.</p>\n");
        if (figure.Breakdown.Count > 0)
        {
            html.Append($"<table>\n<caption>{E(figure.Label)}: breakdown, {E(figure.Period.Label)}</caption>\n");
            html.Append("<thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Number</th><th scope=\"col\">Percent</th></tr></thead>\n<tbody>\n");
            foreach (var row in figure.Breakdown)
                html.Append($"<tr><th scope=\"row\">{E(row.Label)}</th><td class=\"number\">{E(FigureCard.RowCount(figure, row))}</td>"
                    + $"<td class=\"number\">{(row.Percent is { } p ? $"{p}%" : "")}</td></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }
        html.Append($"<p class=\"subtle\">{E(figure.Convention)}</p>\n</section>\n");
    }

    /// <summary>A refusal the browser shows: why the link does not work and what to do.</summary>
    public static string Refused(string title, string text) => $"""
        <!doctype html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title></head>
        <body><main><h1>{E(title)}</h1><p>{E(text)}</p></main></body>
        </html>
        """;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>A signed link to the annual report for <paramref name="Year"/>; the page adds the format.</summary>
public sealed record AnnualReportLinks(ReportingPeriod Year, string Link);
