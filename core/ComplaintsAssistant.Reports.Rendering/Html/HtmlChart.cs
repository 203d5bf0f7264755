using System.Globalization;
using System.Net;
using System.Text;
using ComplaintsAssistant.Core.Reports;

namespace ComplaintsAssistant.Reports.Rendering.Html;

/// <summary>A chart as inline SVG: horizontal bars (long category names stay readable), one colour per year with a legend.
/// The SVG is one image named by its alt text; the table before it is its full text alternative.</summary>
internal static class HtmlChart
{
    private static readonly string[] Fills = ["#9dc3e6", "#2e75b6", "#1f3864"];
    private const int LabelWidth = 230, BarArea = 380, Bar = 10, Gap = 12, Legend = 28;

    public static string Svg(ReportChart chart, string id)
    {
        var max = Math.Max(1, chart.Series.SelectMany(s => s.Values).Max(v => v ?? 0));
        var groupHeight = chart.Series.Count * Bar + Gap;
        var height = chart.Categories.Count * groupHeight + Legend + 8;
        var width = LabelWidth + BarArea + 50;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{id}-alt\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"{id}-alt\">{E(chart.AltText)}</title>");
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var top = c * groupHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + groupHeight / 2 + 2}\" font-size=\"12\" fill=\"#1b1b1b\">{E(Short(chart.Categories[c]))}</text>");
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[c];
                var y = top + s * Bar;
                var length = value is { } v ? (double)v / max * BarArea : 0;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{Bar - 1}\" fill=\"{Fills[s % Fills.Length]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 4:0.#}\" y=\"{y + Bar - 1}\" font-size=\"10\" fill=\"#1b1b1b\">{(value is { } n ? n.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) : "hidden")}</text>");
            }
        }
        var legendTop = chart.Categories.Count * groupHeight + 12;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var x = LabelWidth + s * 110;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{legendTop}\" width=\"12\" height=\"12\" fill=\"{Fills[s % Fills.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"{legendTop + 11}\" font-size=\"12\" fill=\"#1b1b1b\">{E(chart.Series[s].Name)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Short(string label) => label.Length <= 36 ? label : label[..35] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
