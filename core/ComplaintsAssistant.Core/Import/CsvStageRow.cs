namespace ComplaintsAssistant.Core.Import;

/// <summary>One CSV row, its cells by column name, with the values that must be dates, numbers or true/false read.</summary>
internal sealed class CsvStageRow
{
    private readonly IReadOnlyList<string> _fields;
    private readonly List<ImportIssue> _issues = [];

    private CsvStageRow(CsvRow row)
    {
        Line = row.Line;
        _fields = row.Fields;
        Reference = Cell("reference") ?? "";
    }

    public int Line { get; }
    public string Reference { get; }
    public IReadOnlyList<ImportIssue> Issues => _issues;

    public int? Stage { get; private init; }
    public DateOnly? Received { get; private init; }
    public DateOnly? Opened { get; private init; }
    public DateOnly? Due { get; private init; }
    public DateOnly? ExtendedDue { get; private init; }
    public DateOnly? Responded { get; private init; }
    public bool? ChildComplained { get; private init; }
    public decimal? Cost { get; private init; }
    public decimal? Compensation { get; private init; }

    public static CsvStageRow Parse(CsvRow row)
    {
        var read = new CsvStageRow(row);
        return new CsvStageRow(row)
        {
            Received = read.Date("received"),
            Stage = read.StageNumber(),
            Opened = read.Date("stage_opened"),
            Due = read.Date("due"),
            ExtendedDue = read.Date("extended_due"),
            Responded = read.Date("responded"),
            ChildComplained = read.Bool("child_complained"),
            Cost = read.Money("cost"),
            Compensation = read.Money("compensation"),
        }.WithIssues(read._issues);
    }

    private CsvStageRow WithIssues(IEnumerable<ImportIssue> issues)
    {
        _issues.AddRange(issues.Select(i => i with { Reference = Reference.Length == 0 ? null : Reference }));
        return this;
    }

    /// <summary>The cell, trimmed; null when blank.</summary>
    public string? Cell(string column)
    {
        var text = _fields[CsvColumns.IndexOf(column)].Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A cell holding several values separated by <c>;</c>.</summary>
    public IReadOnlyList<string> List(string column) =>
        Cell(column) is { } text ? text.Split(';').Select(v => v.Trim()).ToArray() : [];

    public void Add(string column, string? value, string reason) => _issues.Add(new ImportIssue(Line, column, value, reason, Reference));

    private DateOnly? Date(string column)
    {
        if (Cell(column) is not { } text) return null;
        if (ImportDates.TryParse(text, out var date)) return date;
        Add(column, text, "must be a date written YYYY-MM-DD (e.g. 2024-05-01).");
        return null;
    }

    private int? StageNumber()
    {
        if (Cell("stage") is not { } text) return null;
        if (text is "1" or "2" or "3") return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Add("stage", text, "must be 1, 2 or 3, or blank for a record without stages.");
        return null;
    }

    private bool? Bool(string column)
    {
        if (Cell(column) is not { } text) return null;
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        Add(column, text, "must be true, false or blank.");
        return null;
    }

    private decimal? Money(string column)
    {
        if (Cell(column) is not { } text) return null;
        if (ImportMoney.TryParse(text, out var amount)) return amount;
        Add(column, text, "must be an amount in pounds with two decimals, such as 250.00, or blank.");
        return null;
    }
}
