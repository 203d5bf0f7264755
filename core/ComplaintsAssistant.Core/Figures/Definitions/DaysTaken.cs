using System.Globalization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>The days answered stages took, per stage: working days from the clock's start (day 1 = the next working day),
/// calendar days from the day the stage opened to the day it was answered. Summed from grouped counts (each number of days
/// times how many stages took it; each response date's day number times how many were answered that day), so the store
/// only counts. Withdrawn and unanswered stages took no days.</summary>
internal static class DaysTaken
{
    private static readonly string[] Answered =
        [FactValue.Of(TimelinessBand.WithinTimescale), FactValue.Of(TimelinessBand.WithinExtendedTimescale), FactValue.Of(TimelinessBand.BeyondExtendedTimescale)];

    public static async Task<IReadOnlyDictionary<int, StageDays>> ByStageAsync(FigureRequest request, CaseKind kind, ReportingPeriod period,
        IFigureFacts facts, CancellationToken cancellationToken)
    {
        var conventions = request.Conventions;
        // Naming every stage lets the store read only the period's rows (its index runs kind, stage, date).
        var stages = Enumerable.Range(1, kind.StageCount()).Select(FactValue.Of).ToArray<string?>();
        List<FactFilter> where = [FactFilter.Is(FactField.Kind, FactValue.Of(kind)), FactFilter.Is(FactField.Stage, stages), FactFilter.Is(FactField.Band, Answered)];
        if (conventions.Stages == StageCounting.FurthestStage) where.Add(FactFilter.Is(FactField.IsFurthest, FactValue.Of(true)));
        Task<IReadOnlyList<FactCount>> By(FactField field) => facts.CountAsync(new FactQuery(FactTable.Stages, conventions.DateBasis, period.From,
            period.To, where, [FactField.Stage, field], request.Teams, AsAt: conventions.AsAt), cancellationToken);

        var working = await By(FactField.WorkingDays);
        var opened = await By(FactField.OpenedOn);
        var responded = await By(FactField.RespondedOn);
        static long Sum(IEnumerable<FactCount> rows, Func<string, long> value) => rows.Sum(r => value(r.Keys[1]!) * r.Count);
        static long DayNumber(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
        return working.GroupBy(r => int.Parse(r.Keys[0]!, CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g =>
        {
            bool AtStage(FactCount r) => r.Keys[0] == g.Key.ToString(CultureInfo.InvariantCulture);
            return new StageDays(g.Sum(r => r.Count), Sum(g, d => long.Parse(d, CultureInfo.InvariantCulture)),
                Sum(responded.Where(AtStage), DayNumber) - Sum(opened.Where(AtStage), DayNumber));
        });
    }
}

/// <param name="Answered">Stages answered.</param>
internal sealed record StageDays(int Answered, long WorkingDays, long CalendarDays)
{
    /// <summary>Two periods' days together (a year's from its quarters').</summary>
    public static StageDays operator +(StageDays a, StageDays b) =>
        new(a.Answered + b.Answered, a.WorkingDays + b.WorkingDays, a.CalendarDays + b.CalendarDays);

    public decimal? Average(bool calendar) => Averages.Of(calendar ? CalendarDays : WorkingDays, Answered);
}
