using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsAssistant.Reports.Rendering.Word;

/// <summary>The styles the report uses, under Word's built-in names, so headings are real headings (the navigation pane,
/// a table of contents and screen readers see them) and the document's language is British English.</summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Caption = "Caption";
    public const string Narrative = "Narrative";
    public const string Table = "TableGrid";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph(Title, "Title", new RunProperties(new Bold(), new FontSize { Val = "44" }), outline: null),
        Paragraph(Heading1, "heading 1", new RunProperties(new Bold(), new FontSize { Val = "32" }), outline: 0),
        Paragraph(Caption, "caption", new RunProperties(new Bold(), new FontSize { Val = "20" })),
        Paragraph(Narrative, "Narrative placeholder", new RunProperties(new Italic(), new Color { Val = "404040" })),
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "595959" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "595959" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "595959" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "595959" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "595959" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "595959" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table });

    private static Style Paragraph(string id, string name, RunProperties? run, int? outline = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        if (outline is { } level)
            style.Append(new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = level }));
        if (run is not null) style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        return style;
    }
}
