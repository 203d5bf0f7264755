using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Figures;

/// <summary>A typed question read as a figure, a period (this financial year when none is named) and perhaps one of the
/// council's teams. A question that names no figure gets the closest topics instead, for "Did you mean…".</summary>
/// <param name="Team">The team the question is about ("complaints about the Children in Care team"); null for none, or
/// when <see cref="TeamCandidates"/> holds several it could mean.</param>
public sealed record FigureQuestion(FigureTopics.Topic? Answer, ReportingPeriod Period, IReadOnlyList<FigureTopics.Topic> CloseMatches,
    string? Team = null, IReadOnlyList<string>? TeamCandidates = null)
{
    private static readonly string[] AboutFigures = ["figures", "figure", "stats", "statistics", "numbers", "many", "count", "total", "totals", "percentage"];

    /// <param name="teams">The council's teams, which a question may name.</param>
    public static FigureQuestion Read(string text, DateOnly today, IReadOnlyList<string>? teams = null)
    {
        var words = QuestionWords.Of(text);
        var period = PeriodWords.Find(words, today);
        var team = TeamWords.Find(words, teams ?? []);
        var left = words.Where((_, i) => !(period?.Used[i] ?? false) && !(team?.Used[i] ?? false)).ToArray();
        var scored = FigureTopics.All
            .Select(t => (Topic: t, Met: t.Needs.Count(group => group.Any(g => left.Any(w => QuestionWords.Matches(w, g))))))
            .ToArray();
        var answer = scored.Where(s => s.Met == s.Topic.Needs.Length).OrderByDescending(s => s.Met).Select(s => s.Topic).FirstOrDefault();
        var close = scored.Where(s => s.Met > 0 && s.Topic != answer)
            .OrderByDescending(s => (double)s.Met / s.Topic.Needs.Length).ThenByDescending(s => s.Met)
            .Select(s => s.Topic).DistinctBy(t => t.FigureId).Take(3).ToArray();
        return new FigureQuestion(answer, period?.Period ?? ReportingPeriod.FinancialYearContaining(today), close,
            team?.Team, team is { Team: null } ? team.Candidates : null);
    }

    /// <summary>Worth answering with figures (or the figures menu) rather than "I didn't catch that": it names a figure,
    /// comes close to one, names a period, or asks "how many". A statement ("the parent says the review was cancelled twice
    /// this year") is about figures only when it names one: talk of a case mentions periods and counts too.</summary>
    public static bool IsAbout(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var words = QuestionWords.Of(text);
        var statement = TypedCase.IsStatement(text);
        if (!statement && words.Any(w => AboutFigures.Any(a => QuestionWords.Matches(w, a)))) return true;
        var read = Read(text, today);
        return read.Answer is not null || (!statement && (read.CloseMatches.Count > 0 || PeriodWords.Find(words, today) is not null));
    }
}
