namespace ComplaintsAssistant.Bot.Figures;

/// <summary>A team named in a question, matched against the council's configured teams: every word of the team's name in
/// order, allowing a slip of the keyboard in each ("Childen in Care", "fostring"). Short of that, words just before
/// "team" or "service" that belong to a team's name ("the care team") name it when only one team has them, and ask
/// "Did you mean…" when several do ("Children in Care" or "Care Leavers").</summary>
public static class TeamWords
{
    private static readonly string[] TeamNouns = ["team", "teams", "service", "services"];
    private static readonly string[] Joining = ["in", "of", "and", "for", "the", "with", "&"];

    /// <param name="Team">The team named; null when none or when <paramref name="Candidates"/> are several.</param>
    /// <param name="Used">The words that named it, so they are not read as a figure too ("children" of Children in Care).</param>
    public sealed record Match(string? Team, IReadOnlyList<string> Candidates, bool[] Used);

    public static Match? Find(string[] words, IReadOnlyList<string> teams)
    {
        var whole = teams
            .Select(team => (Team: team, At: Position(words, Words(team))))
            .Where(m => m.At is not null)
            .OrderByDescending(m => Words(m.Team).Length)
            .FirstOrDefault();
        if (whole.At is { } at) return new Match(whole.Team, [whole.Team], Used(words.Length, at.From, at.Count, words));

        for (var i = 1; i < words.Length; i++)
        {
            if (!TeamNouns.Contains(words[i])) continue;
            var before = words[i - 1];
            if (Joining.Contains(before)) continue;
            var candidates = teams.Where(t => Words(t).Any(w => !Joining.Contains(w) && QuestionWords.Matches(before, w))).ToArray();
            if (candidates.Length == 0) continue;
            var used = Used(words.Length, i - 1, 1, words);
            return new Match(candidates.Length == 1 ? candidates[0] : null, candidates, used);
        }
        return null;
    }

    private static string[] Words(string team) => QuestionWords.Of(team);

    /// <summary>Where the team's words start in the question, in order and next to each other.</summary>
    private static (int From, int Count)? Position(string[] words, string[] name)
    {
        for (var i = 0; i + name.Length <= words.Length; i++)
            if (name.Select((w, k) => QuestionWords.Matches(words[i + k], w)).All(m => m)) return (i, name.Length);
        return null;
    }

    /// <summary>The team's words, with "team" or "service" straight after them.</summary>
    private static bool[] Used(int length, int from, int count, string[] words)
    {
        var used = new bool[length];
        for (var k = from; k < from + count; k++) used[k] = true;
        if (from + count < length && TeamNouns.Contains(words[from + count])) used[from + count] = true;
        return used;
    }
}
