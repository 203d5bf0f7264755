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

    /// <summary>Why the mapping can't be right for a council whose teams today are <paramref name="teamsNow"/>, naming the
    /// former name: a name that leads round in a circle, or ends at a name that isn't one of today's teams (a typo would
    /// otherwise put last year's cases in a row of their own and the years would not compare). Null when it is right.</summary>
    public (string FormerName, string Reason)? Problem(IReadOnlyCollection<string> teamsNow)
    {
        foreach (var old in _current.Keys)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { old };
            var team = old;
            while (_current.TryGetValue(team, out var next))
            {
                if (!seen.Add(next)) return (old, $"'{old}' leads back to itself through {string.Join(" → ", seen.Skip(1).Append(next).Select(t => $"'{t}'"))}: a former name must lead to one of today's teams.");
                team = next;
            }
            if (!teamsNow.Contains(team, StringComparer.OrdinalIgnoreCase))
                return (old, $"'{old}' leads to '{team}', which is not one of the council's teams today ({string.Join(", ", teamsNow)}).");
        }
        return null;
    }

    /// <summary>Every name whose cases count as <paramref name="teams"/> now: the teams and all their former names.</summary>
    public IReadOnlyList<string> WithFormerNames(IReadOnlyList<string> teams)
    {
        var wanted = teams.Select(Current).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. teams.Concat(_current.Keys.Where(old => wanted.Contains(Current(old)))).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
