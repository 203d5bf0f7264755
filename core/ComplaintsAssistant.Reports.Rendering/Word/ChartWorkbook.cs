using System.Globalization;
using ComplaintsAssistant.Core.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsAssistant.Reports.Rendering.Word;

/// <summary>The workbook behind a Word chart, so "Edit Data" opens the chart's own figures: categories down column A,
/// one column per series with its name in row 1. The chart's series point at these cells (<see cref="Column"/>).</summary>
internal static class ChartWorkbook
{
    public const string Sheet = "Sheet1";

    public static byte[] Write(ReportChart chart)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = workbook.AddWorkbookPart();
            var sheet = book.AddNewPart<WorksheetPart>();
            var rows = new SheetData(Row(1, [null, .. chart.Series.Select(s => s.Name)], []));
            for (var i = 0; i < chart.Categories.Count; i++)
                rows.Append(Row((uint)i + 2, [chart.Categories[i]], chart.Series.Select(s => s.Values[i])));
            sheet.Worksheet = new Worksheet(rows);
            book.Workbook = new Workbook(new Sheets(new Sheet { Name = Sheet, SheetId = 1U, Id = book.GetIdOfPart(sheet) }));
        }
        return stream.ToArray();
    }

    /// <summary>The column letter of series <paramref name="index"/> (B for the first).</summary>
    public static string Column(int index) => index < 25 ? ((char)('B' + index)).ToString() : throw new ArgumentOutOfRangeException(nameof(index), "A chart has at most 25 series.");

    /// <summary>A hidden small number is an empty cell, as it is a gap in the chart.</summary>
    private static Row Row(uint number, IEnumerable<string?> texts, IEnumerable<int?> values)
    {
        var row = new Row { RowIndex = number };
        var column = 'A';
        foreach (var text in texts)
        {
            if (text is not null)
                row.Append(new Cell(new InlineString(new Text(text))) { CellReference = $"{column}{number}", DataType = CellValues.InlineString });
            column++;
        }
        foreach (var value in values)
        {
            if (value is { } v)
                row.Append(new Cell(new CellValue(v.ToString(CultureInfo.InvariantCulture))) { CellReference = $"{column}{number}", DataType = CellValues.Number });
            column++;
        }
        return row;
    }
}
