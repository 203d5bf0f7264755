using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>Figures are grouped counts over the facts each store writes with every save: the same numbers on every store.</summary>
public abstract partial class CaseStoreContract
{
    /// <summary>Puts a case in the store as a release before figures left it: the case, with no facts.</summary>
    protected abstract Task PutWithoutFactsAsync(ICaseStore store, Case subject);

    private static readonly ReportingPeriod Year2026 = ReportingPeriod.FinancialYear(2026);

    private static async Task AddAllAsync(ICaseStore store, params Case[] cases)
    {
        foreach (var subject in cases) await store.AddAsync(subject, SampleCases.Index(subject));
    }

    private static Task<Figure> FigureAsync(ICaseStore store, string id, ReportingPeriod period, CountingConventions? conventions = null,
        IReadOnlyList<string>? teams = null) =>
        FigureCatalogue.Find(id)!.ComputeAsync(new FigureRequest(period, teams, conventions ?? CountingConventions.Default), (IFigureFacts)store, default);

    [Fact]
    public async Task StageOneOnTimeCountsAnsweredStagesInTheirBands()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store,
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 12)),              // 6 working days
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 18)),              // day 10: still on time
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 29), extendTo: 20), // day 18, within the extension
            SampleCases.Statutory(receivedOn: FigureSamples.May1),                             // not answered yet
            FigureSamples.Withdrawn(FigureSamples.May1),
            FigureSamples.Answered(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6)));        // 2025/26: another year

        var figure = await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026);

        Assert.Equal(3, figure.Population);
        Assert.Equal(67, figure.Value);
        Assert.Equal(
            [("Within 10 working days", 2, (int?)67), ("11–20 working days", 1, 33), ("Over 20 working days", 0, 0), ("Withdrawn", 1, null)],
            figure.Breakdown.Select(r => (r.Label, r.Count, r.Percent)));
    }

    [Fact]
    public async Task OnTimeAgainstTheExtendedDateCountsAnAgreedExtension()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store,
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 29), extendTo: 20),
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 29)));

        var statutory = await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026);
        var extended = await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026, new CountingConventions(DueDate: DueDateChoice.Extended));

        Assert.Equal(0, statutory.Value);
        Assert.Equal(50, extended.Value);
    }

    [Fact]
    public async Task FactsFollowEverySaveOfTheCase()
    {
        var store = await NewStoreAsync();
        var open = SampleCases.Statutory(receivedOn: FigureSamples.May1);
        await store.AddAsync(open, SampleCases.Index(open));
        Assert.Null((await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026)).Value);

        var read = (await store.GetAsync(open.Id))!;
        Assert.True(read.Value.RecordResponse(new StageResponse(new DateOnly(2026, 5, 6), Outcome.NotUpheld, [Resolution.ExplanationGiven],
            read.Value.Concerns.Select(c => new ConcernOutcome(c.Number, Outcome.NotUpheld)).ToArray()), "manager-1", SampleCases.Now).Succeeded);
        Assert.True((await store.UpdateAsync(read.Value, SampleCases.Index(read.Value), read.Version)).Succeeded);

        var figure = await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026);
        Assert.Equal((100, 1), (figure.Value, figure.Population));
    }

    [Fact]
    public async Task APeriodOfPartMonthsCountsEachDayOnce()
    {
        var store = await NewStoreAsync();
        // Received on the last day of March, the first and last of April and the first of May (Fostering's).
        await AddAllAsync(store,
            FigureSamples.Answered(new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 7)),
            FigureSamples.Answered(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10)),
            FigureSamples.Answered(new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 6)),
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 12), team: "Fostering"));

        async Task<(int Population, int Fostering)> Count(DateOnly from, DateOnly to, CountingConventions? conventions = null)
        {
            var period = ReportingPeriod.Custom(from, to);
            var onTime = await FigureAsync(store, "statutory.stage1.within_10_wd", period, conventions);
            var byTeam = await FigureAsync(store, "statutory.complaints.by_team", period);
            return (onTime.Population, byTeam.Breakdown.Where(r => r.Label == "Fostering").Sum(r => r.Count));
        }

        Assert.Equal((2, 0), await Count(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)));   // one whole month
        Assert.Equal((3, 0), await Count(new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)));  // a day before it
        Assert.Equal((4, 1), await Count(new DateOnly(2026, 3, 31), new DateOnly(2026, 5, 1)));   // and a day after
        Assert.Equal((2, 1), await Count(new DateOnly(2026, 4, 30), new DateOnly(2026, 5, 1)));   // no whole month
        Assert.Equal((1, 0), await Count(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 30)));   // the 1st left out
        Assert.Equal((2, 1), await Count(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), new CountingConventions(DateBasis: DateBasis.Responded)));
        Assert.Equal((4, 1), await Count(new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31)));   // three whole months
    }

    [Fact]
    public async Task ConcernsCountEveryTimeRaisedOrOncePerComplaint()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store, FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 12)), SampleCases.Statutory(receivedOn: FigureSamples.May1));

        var everyTime = await FigureAsync(store, "statutory.concerns.by_category", Year2026);
        var distinct = await FigureAsync(store, "statutory.concerns.by_category", Year2026, new CountingConventions(Concerns: ConcernCounting.DistinctPerComplaint));
        var outcomes = await FigureAsync(store, "statutory.concerns.outcomes", Year2026);

        Assert.Equal([("Lack of communication", 4), ("Unhappy with assessment", 2)], everyTime.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal([("Lack of communication", 2), ("Unhappy with assessment", 2)], distinct.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal(
            [("Lack of communication — Not recorded", 2), ("Lack of communication — Upheld", 2), ("Unhappy with assessment — Not recorded", 1),
             ("Unhappy with assessment — Not upheld", 1)],
            outcomes.Breakdown.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task TeamsLimitTheCountsToThoseTeams()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store,
            SampleCases.Statutory(team: "Children in Care", receivedOn: FigureSamples.May1),
            SampleCases.Statutory(team: "Children in Care", receivedOn: FigureSamples.May1),
            SampleCases.Statutory(team: "Fostering", receivedOn: FigureSamples.May1));

        var all = await FigureAsync(store, "statutory.complaints.by_team", Year2026);
        var fostering = await FigureAsync(store, "statutory.complaints.by_team", Year2026, teams: ["Fostering"]);

        Assert.Equal([("Children in Care", 2, (int?)67), ("Fostering", 1, 33)], all.Breakdown.Select(r => (r.Label, r.Count, r.Percent)));
        Assert.Equal(1, fostering.Value);
        Assert.Empty(await ((IFigureFacts)store).CountAsync(new FactQuery(FactTable.Cases, DateBasis.Received, Year2026.From, Year2026.To, [], [], Teams: [])));
    }

    [Fact]
    public async Task ComplimentsCountBySourceAndFromYoungPeople()
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store,
            FigureSamples.Compliment(ComplimentSource.YoungPerson),
            FigureSamples.Compliment(ComplimentSource.YoungPerson, team: "Children in Care"),
            FigureSamples.Compliment(ComplimentSource.FosterCarer));

        var bySource = await FigureAsync(store, "compliments.by_source", Year2026);
        var young = await FigureAsync(store, "compliments.from_young_people", Year2026);

        Assert.Equal([("Young person", 2), ("Foster carer", 1)], bySource.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal(2, young.Value);
    }

    [Fact]
    public async Task StagesCountByTheDateRespondedWhenAsked()
    {
        var store = await NewStoreAsync();
        // Received in 2025/26, answered in 2026/27.
        await AddAllAsync(store, FigureSamples.Answered(new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 7)));

        var byReceived = await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026);
        var byResponded = await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026, new CountingConventions(DateBasis: DateBasis.Responded));

        Assert.Equal(0, byReceived.Population);
        Assert.Equal(1, byResponded.Population);
    }

    [Fact]
    public async Task CasesSavedBeforeFiguresGetTheirFactsFromTheBackfill()
    {
        var store = await NewStoreAsync();
        var old = FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 12));
        await PutWithoutFactsAsync(store, old);
        var facts = (IFigureFacts)store;
        Assert.Equal([old.Id], await facts.CasesWithoutFactsAsync(10));

        var saved = await FactsBackfill.RunAsync(store, facts, ClockRules.Default);

        Assert.Equal(1, saved);
        Assert.Empty(await facts.CasesWithoutFactsAsync(10));
        Assert.Equal(1, (await FigureAsync(store, "statutory.stage1.within_10_wd", Year2026)).Population);
        Assert.Equal(SampleCases.Json(old), SampleCases.Json((await store.GetAsync(old.Id))!.Value));
    }
}
