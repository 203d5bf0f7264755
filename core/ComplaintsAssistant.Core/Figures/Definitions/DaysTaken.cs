using System.Globalization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures.Definitions;

/// <summary>The days answered stages took, per stage: working days from the clock's start (day 1 = the next working day),
/// calendar days from the day the stage opened to the day it was answered. The store adds them up per stage beside the
/// count (on SQLite from the month counts' sums for whole months), so it only counts and sums. Withdrawn and unanswered
/// stages took no days.</summary>
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
        Task<IReadOnlyList<FactCount>> Total(FactField days) => facts.CountAsync(new FactQuery(FactTable.Stages, conventions.DateBasis, period.From,
            period.To, where, [FactField.Stage], request.Teams, Sum: days, AsAt: conventions.AsAt), cancellationToken);

        var working = await Total(FactField.WorkingDays);
        var calendar = (await Total(FactField.CalendarDays)).ToDictionary(r => r.Keys[0]!, r => r.Total ?? 0);
        return working.ToDictionary(r => int.Parse(r.Keys[0]!, CultureInfo.InvariantCulture),
            r => new StageDays(r.Count, r.Total ?? 0, calendar.GetValueOrDefault(r.Keys[0]!)));
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
