using System.Globalization;
using ComplaintsAssistant.Core.Reports;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ComplaintsAssistant.Reports.Rendering.Word;

/// <summary>A native Word chart (a DrawingML chart part, editable in Word), a clustered column chart with its alt text in
/// the drawing's description. Each series' fill is set: without it LibreOffice draws the bars invisible (platform-facts.md).
/// Its figures are also in an embedded workbook the series point at, so an officer can "Edit Data" in Word.</summary>
internal static class WordChart
{
    /// <summary>Dark enough against white for 3:1 (WCAG 1.4.11), and apart from each other.</summary>
    private static readonly string[] Fills = ["9DC3E6", "2E75B6", "1F3864"];
    private const long Width = 5_760_000;  // 16 cm in EMU
    private const long Height = 3_240_000; // 9 cm

    public static Paragraph Paragraph(MainDocumentPart main, ReportChart chart, uint drawingId)
    {
        var part = main.AddNewPart<ChartPart>();
        var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using (var data = new MemoryStream(ChartWorkbook.Write(chart))) workbook.FeedData(data);
        part.ChartSpace = Space(chart);
        part.ChartSpace.Append(new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = part.GetIdOfPart(workbook) });
        return new Paragraph(new Run(new Drawing(new DW.Inline(
            new DW.Extent { Cx = Width, Cy = Height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = $"Chart {drawingId}", Title = chart.Title, Description = chart.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) })
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U })));
    }

    private static C.ChartSpace Space(ReportChart chart) => new(
        new C.EditingLanguage { Val = "en-GB" },
        new C.RoundedCorners { Val = false },
        new C.Chart(
            new C.AutoTitleDeleted { Val = true },
            new C.PlotArea(
                new C.Layout(),
                new C.BarChart(
                    [
                        new C.BarDirection { Val = C.BarDirectionValues.Column },
                        new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                        new C.VaryColors { Val = false },
                        .. chart.Series.Select((s, i) => Series(s, i, chart.Categories)),
                        new C.GapWidth { Val = 150 },
                        new C.AxisId { Val = 1U },
                        new C.AxisId { Val = 2U },
                    ]),
                new C.CategoryAxis(
                    new C.AxisId { Val = 1U },
                    new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                    new C.Delete { Val = false },
                    new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                    new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                    new C.CrossingAxis { Val = 2U },
                    new C.Crosses { Val = C.CrossesValues.AutoZero },
                    new C.AutoLabeled { Val = true },
                    new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                    new C.LabelOffset { Val = 100 }),
                new C.ValueAxis(
                    new C.AxisId { Val = 2U },
                    new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                    new C.Delete { Val = false },
                    new C.AxisPosition { Val = C.AxisPositionValues.Left },
                    new C.MajorGridlines(),
                    new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                    new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                    new C.CrossingAxis { Val = 1U },
                    new C.Crosses { Val = C.CrossesValues.AutoZero },
                    new C.CrossBetween { Val = C.CrossBetweenValues.Between })),
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));

    /// <summary>Values cached in the chart and referenced in its workbook; a hidden small number is left out, so its bar is
    /// a gap.</summary>
    private static C.BarChartSeries Series(ChartSeries series, int index, IReadOnlyList<string> categories)
    {
        var column = ChartWorkbook.Column(index);
        var last = categories.Count + 1;
        return new(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(
                new C.Formula($"{ChartWorkbook.Sheet}!${column}$1"),
                new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0U }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Fills[index % Fills.Length] })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(
                new C.Formula($"{ChartWorkbook.Sheet}!$A$2:$A${last}"),
                new C.StringCache(
                [
                    new C.PointCount { Val = (uint)categories.Count },
                    .. categories.Select((c, i) => new C.StringPoint(new C.NumericValue(c)) { Index = (uint)i }),
                ]))),
            new C.Values(new C.NumberReference(
                new C.Formula($"{ChartWorkbook.Sheet}!${column}$2:${column}${last}"),
                new C.NumberingCache(
                [
                    new C.FormatCode("General"),
                    new C.PointCount { Val = (uint)categories.Count },
                    .. series.Values.Select((v, i) => (v, i)).Where(p => p.v is not null)
                        .Select(p => new C.NumericPoint(new C.NumericValue(p.v!.Value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)p.i }),
                ]))));
    }
}
