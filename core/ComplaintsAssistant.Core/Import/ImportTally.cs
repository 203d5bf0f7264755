namespace ComplaintsAssistant.Core.Import;

/// <summary>Counts an import as it goes and makes its summary.</summary>
internal sealed class ImportTally(bool dryRun)
{
    private readonly List<ImportIssue> _issues = [];
    private readonly Dictionary<(string, string, string), int> _unknown = [];
    private readonly Dictionary<(string, string, string), int> _new = [];
    private int _more;

    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Refused { get; private set; }
    public int Done => Created + Updated + Unchanged + Refused;

    public void Refuse(IEnumerable<ImportIssue> issues)
    {
        Refused++;
        Note(issues);
    }

    /// <summary>Cases counted as created whose write the store refused (none of them is saved).</summary>
    public void NotWritten(int cases, ImportIssue issue)
    {
        Created -= cases;
        Refused += cases;
        Note([issue]);
    }

    /// <summary>Issues that didn't stop the case (a key the format doesn't have).</summary>
    public void Note(IEnumerable<ImportIssue> issues)
    {
        foreach (var issue in issues)
        {
            if (_issues.Count < ImportSummary.MaxIssues) _issues.Add(issue);
            else _more++;
        }
    }

    public void Unknown(IEnumerable<UnknownWord> words)
    {
        foreach (var w in words) _unknown[(w.List, w.Column, w.Word)] = _unknown.GetValueOrDefault((w.List, w.Column, w.Word)) + 1;
    }

    public void New(string list, string column, string word) => _new[(list, column, word)] = _new.GetValueOrDefault((list, column, word)) + 1;

    public ImportSummary Summary(ImportIssue? fileRefused = null) => new(
        dryRun, Created, Updated, Unchanged, Refused,
        fileRefused is null ? [.. _issues.OrderBy(i => i.Line)] : [fileRefused], _more,
        Counts(_unknown), Counts(_new), fileRefused);

    private static IReadOnlyList<ValueCount> Counts(Dictionary<(string List, string Column, string Word), int> counts) =>
        [.. counts.Select(c => new ValueCount(c.Key.List, c.Key.Column, c.Key.Word, c.Value)).OrderBy(c => c.List).ThenByDescending(c => c.Count).ThenBy(c => c.Value)];
}
