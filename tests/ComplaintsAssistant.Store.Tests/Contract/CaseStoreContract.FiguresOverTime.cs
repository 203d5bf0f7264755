using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Figures over time: status as at a date, average days, quarters, the extended due date and outcomes per stage.</summary>
public abstract partial class CaseStoreContract
{
    private static readonly DateOnly YearEnd2018 = new(2019, 3, 31);

    /// <summary>Answered on <paramref name="respondedOn"/>, then escalated: stage 2 asked for the day before
    /// <paramref name="stage2OpenedOn"/> and opened then, unanswered.</summary>
    private static Case Escalated(DateOnly receivedOn, DateOnly respondedOn, DateOnly stage2OpenedOn)
    {
        var subject = FigureSamples.Answered(receivedOn, respondedOn);
        Assert.Null(subject.RequestEscalation(stage2OpenedOn.AddDays(-1), null, "officer-1", SampleCases.Now, ClockRules.Default).Error);
        Assert.Null(subject.OpenNextStage(new NextStage("investigator-1", stage2OpenedOn, "Pat Independent"), "officer-1", SampleCases.Now,
            ClockRules.Default).Error);
        return subject;
    }

    /// <summary>Three complaints of 2018/19: one answered in April 2019 (after the year end), one answered in March and
    /// escalated on 2 April, one answered in February.</summary>
    private async Task<ICaseStore> StoreAnsweredAroundTheYearEndAsync()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store,
            FigureSamples.Answered(new DateOnly(2019, 3, 4), new DateOnly(2019, 4, 10)),
            Escalated(new DateOnly(2019, 3, 5), new DateOnly(2019, 3, 12), new DateOnly(2019, 4, 2)),
            FigureSamples.Answered(new DateOnly(2019, 2, 1), new DateOnly(2019, 2, 8)));
        return store;
    }

    [Fact]
    public async Task AsAtTheYearEndAComplaintAnsweredAfterItIsOpenAndAnEscalationAfterItIsNotCounted()
    {
        var store = await StoreAnsweredAroundTheYearEndAsync();
        var today = CountingConventions.Default;
        var asAt = new CountingConventions(AsAt: YearEnd2018);

        Assert.Equal([("Stage 1", 2), ("Stage 2", 1), ("Stage 3", 0)], Counts(await PublishedAsync(store, "statutory.complaints.by_stage", Year2018, today)));
        Assert.Equal([("Stage 1", 3), ("Stage 2", 0), ("Stage 3", 0)], Counts(await PublishedAsync(store, "statutory.complaints.by_stage", Year2018, asAt)));

        Assert.Equal([("Upheld", 3)], NonZero(await PublishedAsync(store, "statutory.stage1.outcomes", Year2018, today)));
        var outcomesAsAt = await PublishedAsync(store, "statutory.stage1.outcomes", Year2018, asAt);
        Assert.Equal([("Upheld", 2), ("Open", 1)], NonZero(outcomesAsAt));
        Assert.Contains("Status as at 31 March 2019", outcomesAsAt.Convention);

        // Today: stage 1 answered twice (one late, in April); as at the year end the April answer is still open.
        var onTimeToday = await PublishedAsync(store, "statutory.stage1.within_10_wd", Year2018, today);
        var onTimeAsAt = await PublishedAsync(store, "statutory.stage1.within_10_wd", Year2018, asAt);
        Assert.Equal((50, 2), (onTimeToday.Value, onTimeToday.Population));
        Assert.Equal((100, 2), (onTimeAsAt.Value, onTimeAsAt.Population));

        var ratesAsAt = await PublishedAsync(store, "statutory.escalation_rates", Year2018, asAt);
        Assert.Equal(0, ratesAsAt.Value);
        Assert.Equal(33, (await PublishedAsync(store, "statutory.escalation_rates", Year2018, today)).Value);
    }

    [Fact]
    public async Task AsAtADateIsAQueryOptionOfEveryStore()
    {
        var store = (IFigureFacts)await StoreAnsweredAroundTheYearEndAsync();
        var query = new FactQuery(FactTable.Stages, DateBasis.Received, Year2018.From, Year2018.To,
            [FactFilter.Is(FactField.IsFurthest, FactValue.Of(true))], [FactField.Stage, FactField.Outcome, FactField.RespondedOn], AsAt: YearEnd2018);

        var rows = (await store.CountAsync(query)).Select(c => (c.Keys[0], c.Keys[1], c.Keys[2], c.Count)).Order().ToArray();

        Assert.Equal([("1", null, null, 1), ("1", "Upheld", "2019-02-08", 1), ("1", "Upheld", "2019-03-12", 1)], rows);
        Assert.Throws<ArgumentException>(() => (query with { Table = FactTable.Cases, Where = [], GroupBy = [FactField.Kind] }).Validate());
    }

    [Fact]
    public async Task AverageDaysToRespondArePerStageAndPerQuarterToTwoDecimalPlaces()
    {
        var store = await NewStoreAsync();
        // 1 May 2025 to 8 May: 4 working days (5 May a bank holiday), 7 calendar days; 2 to 13 June: 9 and 11; 1 to 2 July: 1 and 1.
        await AddAllAsync(store,
            FigureSamples.Answered(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 8)),
            FigureSamples.Answered(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 13)),
            FigureSamples.Answered(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 2)),
            FigureSamples.Withdrawn(new DateOnly(2025, 8, 1)),
            SampleCases.Statutory(receivedOn: new DateOnly(2025, 9, 1)));
        var year = ReportingPeriod.FinancialYear(2025);

        var working = await PublishedAsync(store, "statutory.average_working_days", year);
        var calendar = await PublishedAsync(store, "statutory.average_calendar_days", year);

        Assert.Equal((FigureUnit.Days, 4.67m, 3), (working.Unit, working.Average, working.Value));
        Assert.Equal(6.33m, calendar.Average);
        Assert.Equal([("Stage 1", 3, (decimal?)4.67m), ("Stage 2", 0, null), ("Stage 3", 0, null),
            ("Stage 1, Q1 (April to June)", 2, 6.50m), ("Stage 1, Q2 (July to September)", 1, 1.00m)], Averaged(working));
        Assert.Equal([9.00m, 1.00m], Averaged(calendar).Where(r => r.Item1.Contains('Q')).Select(r => r.Item3 ?? -1));
    }

    [Fact]
    public async Task StageOneByQuarterCountsWhatWasReceivedAndAnsweredOnTimeInEachQuarter()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store,
            FigureSamples.Answered(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 8)),
            FigureSamples.Answered(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 30)),
            FigureSamples.Answered(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 2)),
            SampleCases.Statutory(receivedOn: new DateOnly(2025, 9, 1)));

        var quarters = await PublishedAsync(store, "statutory.stage1.by_quarter", ReportingPeriod.FinancialYear(2025));

        Assert.Equal(67, quarters.Value);
        Assert.Equal(
            [("Q1 (April to June): received", 2, (int?)null), ("Q1 (April to June): responded to on time", 1, 50),
             ("Q2 (July to September): received", 2, null), ("Q2 (July to September): responded to on time", 1, 100),
             ("Q3 (October to December): received", 0, null), ("Q3 (October to December): responded to on time", 0, null),
             ("Q4 (January to March): received", 0, null), ("Q4 (January to March): responded to on time", 0, null)],
            Rows(quarters));
    }

    [Fact]
    public async Task WithinTheExtendedDueDateCountsAnAgreedExtensionAsOnTime()
    {
        var store = await NewStoreAsync();
        // 15 working days with an extension to 20 agreed: late against 10, on time against the extended date.
        await AddAllAsync(store,
            FigureSamples.Answered(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 23), extendTo: 20),
            FigureSamples.Answered(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 23)),
            FigureSamples.Answered(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 4)));
        var year = ReportingPeriod.FinancialYear(2025);

        Assert.Equal(33, (await PublishedAsync(store, "statutory.stage1.within_10_wd", year)).Value);
        var extended = await PublishedAsync(store, "statutory.stage1.within_extended", year);
        Assert.Equal(67, extended.Value);
        Assert.Equal("Stage 1 statutory complaints responded to by the due date, extended where an extension was agreed", extended.Label);
    }

    [Fact]
    public async Task OutcomesPerStageCountEveryComplaintThatReachedTheStageWithThatStagesOutcome()
    {
        var store = await StoreWithStatutory2018Async(NewStoreAsync);

        var stage1 = await PublishedAsync(store, "statutory.stage1.outcomes", Year2018);
        var stage2 = await PublishedAsync(store, "statutory.stage2.outcomes", Year2018);

        Assert.Equal([("Upheld", 5), ("Partially upheld", 67), ("Not upheld", 45), ("Withdrawn", 24), ("Open", 1)], NonZero(stage1));
        Assert.Equal([("Upheld", 1), ("Partially upheld", 3), ("Not upheld", 3), ("Open", 1)], NonZero(stage2));
    }

    private static IEnumerable<(string, int)> Counts(Figure figure) => figure.Breakdown.Select(r => (r.Label, r.Count));

    private static IEnumerable<(string, int)> NonZero(Figure figure) => Counts(figure).Where(r => r.Item2 > 0);

    private static IEnumerable<(string, int, decimal?)> Averaged(Figure figure) => figure.Breakdown.Select(r => (r.Label, r.Count, r.Average));
}
