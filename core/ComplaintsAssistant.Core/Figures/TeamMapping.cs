namespace ComplaintsAssistant.Core.Figures;

/// <summary>Teams renamed or merged in restructures, old name → the name figures show now (<c>Council:TeamMapping</c>).
/// A case keeps the team it had; the mapping is applied to a figure's rows after counting, so last year's "Team East"
/// cases stand in this year's "Locality East" row and years compare.</summary>
public sealed class TeamMapping
{
    private readonly Dictionary<string, string> _current;

    public TeamMapping(IReadOnlyDictionary<string, string>? oldToNew = null)
    {
        _current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (old, now) in oldToNew ?? new Dictionary<string, string>())
            if (!string.IsNullOrWhiteSpace(old) && !string.IsNullOrWhiteSpace(now)) _current[old.Trim()] = now.Trim();
    }

    public static TeamMapping None { get; } = new();

    /// <summary>The name a team goes by now: followed through successive restructures (A → B → C gives C).</summary>
    public string Current(string team)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (_current.TryGetValue(team, out var next) && seen.Add(team)) team = next;
        return team;
    }

    /// <summary>Every name whose cases count as <paramref name="teams"/> now: the teams and all their former names.</summary>
    public IReadOnlyList<string> WithFormerNames(IReadOnlyList<string> teams)
    {
        var wanted = teams.Select(Current).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. teams.Concat(_current.Keys.Where(old => wanted.Contains(Current(old)))).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
