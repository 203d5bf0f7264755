namespace ComplaintsAssistant.Core.Import;

/// <summary>What an import did, or (a dry run) would do.</summary>
/// <param name="Issues">Every issue found, in file order, at most <see cref="MaxIssues"/> (<see cref="MoreIssues"/> says how
/// many more); a refused case has at least one.</param>
/// <param name="UnknownValues">Words of the file not on a list the import maps (<see cref="ImportVocabulary"/>), with how many
/// times each was seen; their cases were refused.</param>
/// <param name="NewValues">The council's own words (teams, categories, compliment sources) not on its lists yet, with how many
/// times each was seen: kept as written, for the council to map.</param>
public sealed record ImportSummary(
    bool DryRun,
    int Created,
    int Updated,
    int Unchanged,
    int Refused,
    IReadOnlyList<ImportIssue> Issues,
    int MoreIssues,
    IReadOnlyList<ValueCount> UnknownValues,
    IReadOnlyList<ValueCount> NewValues,
    ImportIssue? FileRefused = null)
{
    public const int MaxIssues = 1000;

    /// <summary>Nothing refused: every case of the file is in the store (or would be).</summary>
    public bool Complete => Refused == 0 && FileRefused is null;
}

/// <summary>A word of a list, where it was seen, and how many times.</summary>
public sealed record ValueCount(string List, string Column, string Value, int Count);

/// <summary>How far an import has got: cases done, and the line reached of the file's lines.</summary>
public sealed record ImportProgress(int Cases, int Line, int Lines);
