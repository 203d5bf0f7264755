using System.Net;
using System.Text;
using ComplaintsAssistant.Core.Reports;

namespace ComplaintsAssistant.Reports.Rendering.Html;

/// <summary>A report as one accessible page: a heading per section, each table with its caption, column and row headers
/// (<c>scope</c>), each chart an SVG image after its table (which is its text alternative), narrative placeholders marked
/// as such, and print styles that keep tables whole and drop nothing.</summary>
public static class HtmlReport
{
    public const string ContentType = "text/html; charset=utf-8";

    public static string Write(ReportDocument report)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(report.Title)}}</title>
            <style>
            body { font-family: "Segoe UI", Arial, sans-serif; margin: 0 auto; max-width: 62rem; padding: 1rem; color: #1b1b1b; background: #fff; line-height: 1.5 }
            nav ol { columns: 2 }
            table { border-collapse: collapse; margin: 0.5rem 0; width: 100% }
            caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem }
            th, td { border: 1px solid #595959; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top }
            thead th { background: #f2f2f2 }
            .note { color: #404040; font-size: 0.9rem }
            .narrative { border: 2px dashed #595959; padding: 0.5rem 0.75rem; font-style: italic; color: #404040 }
            figure { margin: 0.5rem 0 1.5rem; overflow-x: auto }
            figcaption { color: #404040; font-size: 0.9rem }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt }
              nav { display: none }
              h2 { break-before: page; break-after: avoid }
              table, figure { break-inside: avoid }
              thead { display: table-header-group }
            }
            </style>
            </head>
            <body>
            <header>
            <h1>{{E(report.Title)}}</h1>
            <p>Covering {{E(report.Scope)}}.</p>
            </header>
            <nav aria-label="Sections"><ol>
            """);
        foreach (var section in report.Sections) html.Append($"<li><a href=\"#{A(section.Id)}\">{E(section.Heading)}</a></li>\n");
        html.Append("</ol></nav>\n<main>\n");
        foreach (var section in report.Sections) Section(html, section);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, ReportSection section)
    {
        html.Append($"<section aria-labelledby=\"{A(section.Id)}\">\n<h2 id=\"{A(section.Id)}\">{E(section.Heading)}</h2>\n");
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case Narrative narrative:
                    html.Append($"<p class=\"narrative\"><strong>To write:</strong> {E(narrative.Prompt)}</p>\n");
                    break;
                case ReportText text:
                    html.Append($"<p>{E(text.Text)}</p>\n");
                    break;
                case ReportTable table:
                    Table(html, table);
                    break;
            }
        }
        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        var id = A(table.Id);
        html.Append($"<table id=\"table-{id}\">\n<caption>{E(table.Caption)}</caption>\n<thead><tr>");
        foreach (var column in table.Columns) html.Append($"<th scope=\"col\">{E(column)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append($"<tr><th scope=\"row\">{E(row.Heading)}</th>");
            foreach (var cell in row.Cells) html.Append($"<td>{E(cell)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (table.Note is { } note) html.Append($"<p class=\"note\">{E(note)}</p>\n");
        if (table.Chart is { } chart)
            html.Append($"<figure>\n{HtmlChart.Svg(chart, "chart-" + id)}\n<figcaption>Chart of the table above: {E(table.Caption)}. The table gives every number.</figcaption>\n</figure>\n");
    }

    /// <summary>An id or anchor: figure ids hold dots, which are fine in HTML ids but not in CSS selectors, so they become hyphens.</summary>
    private static string A(string id) => id.Replace('.', '-').Replace('_', '-');

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
