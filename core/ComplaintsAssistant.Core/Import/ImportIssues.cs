namespace ComplaintsAssistant.Core.Import;

/// <summary>Collects what is wrong with one case, each issue at its place in the file, and maps the file's words to ours.</summary>
internal sealed class ImportIssues(ImportedCase read)
{
    private readonly List<ImportIssue> _found = [];
    private readonly List<UnknownWord> _unknown = [];

    public IReadOnlyList<ImportIssue> Found => _found;
    public IReadOnlyList<UnknownWord> Unknown => _unknown;

    public void Add(string key, string? value, string reason)
    {
        var (line, column) = read.Where.Of(key);
        _found.Add(new ImportIssue(line, column, value, reason, read.Reference));
    }

    /// <summary>The word mapped; null (and the word reported) when the list doesn't have it, or when it is missing but required.</summary>
    public T? Map<T>(VocabularyMap<T> map, string? word, string key, bool required = false) where T : struct
    {
        if (word is null)
        {
            if (required) Add(key, null, $"is required: one of {string.Join(", ", map.Words.Select(w => $"'{w}'"))}.");
            return null;
        }
        if (map.TryMap(word, out var value)) return value;
        Add(key, word, map.Refusal);
        _unknown.Add(new UnknownWord(map.Name, read.Where.Of(key).Column, word));
        return null;
    }
}

/// <summary>A word of the file not on one of the lists <see cref="ImportVocabulary"/> maps.</summary>
public sealed record UnknownWord(string List, string Column, string Word);
