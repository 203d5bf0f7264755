using ComplaintsAssistant.Core.Reports;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsAssistant.Reports.Rendering.Word;

/// <summary>A report as a Word document: the title, a heading per section, each narrative placeholder as a content control
/// the officer types over, each table with a header row repeated across pages and its caption, each chart native.</summary>
public static class WordReport
{
    /// <summary>The Word version the file is written for (tests validate against it).</summary>
    public const FileFormatVersions Version = FileFormatVersions.Office2013;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ReportDocument report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Language = "en-GB";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build();
            // Word 2013 and later's own mode, not compatibility mode: table captions and descriptions are Word 2010's.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new Compatibility(new CompatibilitySetting
                { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
            var body = new Body(
                Styled(WordStyles.Title, report.Title),
                new Paragraph(new Run(new Text($"Covering {report.Scope}."))));
            uint drawings = 0;
            foreach (var section in report.Sections)
            {
                body.Append(Styled(WordStyles.Heading1, section.Heading));
                foreach (var block in section.Blocks)
                    body.Append(block switch
                    {
                        Narrative narrative => [Placeholder(section, narrative)],
                        ReportText text => [new Paragraph(new Run(new Text(text.Text)))],
                        ReportTable table => Table(main, table, ref drawings),
                        _ => throw new NotSupportedException(block.GetType().Name),
                    });
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U }, // A4
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A rich-text content control holding the prompt: one click selects it, typing replaces it.</summary>
    private static SdtBlock Placeholder(ReportSection section, Narrative narrative) => new(
        new SdtProperties(new SdtAlias { Val = $"{section.Heading}: your text" }, new Tag { Val = $"narrative:{section.Id}" }, new SdtContentRichText()),
        new SdtContentBlock(Styled(WordStyles.Narrative, $"[Write here] {narrative.Prompt}")));

    private static OpenXmlElement[] Table(MainDocumentPart main, ReportTable table, ref uint drawings)
    {
        var properties = new TableProperties(
            new TableStyle { Val = WordStyles.Table },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLook { FirstRow = true, FirstColumn = true, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
            new TableCaption { Val = table.Caption });
        if (table.Note is { } note) properties.Append(new TableDescription { Val = note });
        var grid = new TableGrid(table.Columns.Select(_ => new GridColumn()));
        var header = new TableRow([new TableRowProperties(new TableHeader()), .. table.Columns.Select(c => Cell(c, bold: true))]);
        var rows = table.Rows.Select(r => new TableRow([Cell(r.Heading, bold: true), .. r.Cells.Select(c => Cell(c, bold: false))]));
        List<OpenXmlElement> elements =
        [
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Caption }, new KeepNext()), new Run(new Text(table.Caption))),
            new Table([properties, grid, header, .. rows]),
        ];
        if (table.Note is { } text) elements.Add(new Paragraph(new Run(new Text(text))));
        if (table.Chart is { } chart) elements.Add(WordChart.Paragraph(main, chart, ++drawings));
        return [.. elements];
    }

    private static TableCell Cell(string text, bool bold) => new(
        new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto }),
        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }),
            bold ? new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve })
                 : new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));
}
