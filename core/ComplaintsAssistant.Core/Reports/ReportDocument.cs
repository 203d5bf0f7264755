namespace ComplaintsAssistant.Core.Reports;

/// <summary>A report as its words, tables and charts, decided here and only written out by the renderers (Word, HTML,
/// CSV): every rendering shows the same thing. Nothing in it names a person or a case.</summary>
/// <param name="Scope">Whose cases it counts, in words: "every team" or the teams a manager sees.</param>
public sealed record ReportDocument(string Title, string Scope, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every table in the order it appears (the CSV rendering writes one file each).</summary>
    public IEnumerable<ReportTable> Tables => Sections.SelectMany(s => s.Blocks).OfType<ReportTable>();
}

/// <param name="Id">Stable, for anchors and file names ("stage1").</param>
public sealed record ReportSection(string Id, string Heading, IReadOnlyList<ReportBlock> Blocks);

public abstract record ReportBlock;

/// <summary>Where the officer writes: a prompt shown as a marked placeholder, to be replaced in the Word file.</summary>
public sealed record Narrative(string Prompt) : ReportBlock;

public sealed record ReportText(string Text) : ReportBlock;

/// <summary>A table with a header row and a heading cell per row.</summary>
/// <param name="Id">Stable: the figure id for a figure's table ("statutory.stage1.within_10_wd"), the CSV's file name.</param>
/// <param name="Columns">Headers, the row heading's column first.</param>
/// <param name="Note">How it was counted, printed under the table as reports do.</param>
/// <param name="Chart">The same numbers as a chart, when a chart helps; the table is its text alternative.</param>
public sealed record ReportTable(string Id, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows,
    string? Note = null, ReportChart? Chart = null) : ReportBlock;

/// <param name="Cells">One per column after the row heading's.</param>
public sealed record ReportRow(string Heading, IReadOnlyList<string> Cells);

/// <summary>A clustered bar chart: one bar per series in each category.</summary>
/// <param name="AltText">What the chart shows, for someone who cannot see it.</param>
/// <param name="Series">Values null where a number is not shown (suppressed as small).</param>
public sealed record ReportChart(string Title, string AltText, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

public sealed record ChartSeries(string Name, IReadOnlyList<int?> Values);
