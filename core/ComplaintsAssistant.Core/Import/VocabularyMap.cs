namespace ComplaintsAssistant.Core.Import;

/// <summary>One of the file's lists and the value each of its words means here. Words are matched ignoring case, the
/// spaces around them, and whether words are joined by <c>_</c> or a space (<c>not_upheld</c>, <c>not upheld</c>); a word
/// not in the list is reported, never guessed.</summary>
/// <param name="Name">What the list is, in an officer's words ("relationship to the child").</param>
public sealed class VocabularyMap<T>(string name, IReadOnlyDictionary<string, T> words)
{
    private readonly Dictionary<string, T> _words = words.ToDictionary(w => Key(w.Key), w => w.Value, StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<string> _written = [.. words.Keys];

    public string Name => name;

    /// <summary>The file's words, as import-format.md writes them.</summary>
    public IReadOnlyList<string> Words => _written;

    public bool TryMap(string word, out T value) => _words.TryGetValue(Key(word), out value!);

    public string Refusal => $"is not a {name} the import knows: use one of {string.Join(", ", _written.Select(w => $"'{w}'"))}.";

    private static string Key(string word) => word.Trim().Replace('_', ' ');
}
