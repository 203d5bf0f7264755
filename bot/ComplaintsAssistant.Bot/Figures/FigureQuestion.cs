using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Figures;

/// <summary>A typed question read as a figure and a period (this financial year when none is named). A question
/// that names no figure gets the closest topics instead, for "Did you mean…".</summary>
public sealed record FigureQuestion(FigureTopics.Topic? Answer, ReportingPeriod Period, IReadOnlyList<FigureTopics.Topic> CloseMatches)
{
    private static readonly string[] AboutFigures = ["figures", "figure", "stats", "statistics", "numbers", "many", "count", "total", "totals", "percentage"];

    public static FigureQuestion Read(string text, DateOnly today)
    {
        var words = QuestionWords.Of(text);
        var period = PeriodWords.Find(words, today);
        var left = period is { } found ? words.Where((_, i) => !found.Used[i]).ToArray() : words;
        var scored = FigureTopics.All
            .Select(t => (Topic: t, Met: t.Needs.Count(group => group.Any(g => left.Any(w => QuestionWords.Matches(w, g))))))
            .ToArray();
        var answer = scored.Where(s => s.Met == s.Topic.Needs.Length).OrderByDescending(s => s.Met).Select(s => s.Topic).FirstOrDefault();
        var close = scored.Where(s => s.Met > 0 && s.Topic != answer)
            .OrderByDescending(s => (double)s.Met / s.Topic.Needs.Length).ThenByDescending(s => s.Met)
            .Select(s => s.Topic).DistinctBy(t => t.FigureId).Take(3).ToArray();
        return new FigureQuestion(answer, period?.Period ?? ReportingPeriod.FinancialYearContaining(today), close);
    }

    /// <summary>Worth answering with figures (or the figures menu) rather than "I didn't catch that": it names a figure,
    /// comes close to one, names a period, or asks "how many".</summary>
    public static bool IsAbout(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var words = QuestionWords.Of(text);
        if (words.Any(w => AboutFigures.Any(a => QuestionWords.Matches(w, a)))) return true;
        var read = Read(text, today);
        return read.Answer is not null || read.CloseMatches.Count > 0 || PeriodWords.Find(words, today) is not null;
    }
}
