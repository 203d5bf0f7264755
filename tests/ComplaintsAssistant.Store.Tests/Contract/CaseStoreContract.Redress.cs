using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>The money, Ombudsman, ADR and resolution tables of the seeds' published reports, reproduced from cases on every store.</summary>
public abstract partial class CaseStoreContract
{
    private static IEnumerable<(string, int, decimal?)> Money(Figure figure) => figure.Breakdown.Select(r => (r.Label, r.Count, r.Amount));

    private async Task<ICaseStore> StoreWithAsync(IEnumerable<Case> cases)
    {
        var store = await NewStoreAsync();
        await AddAllAsync(store, [.. cases]);
        return store;
    }

    [Fact]
    public async Task TheOmbudsmanFindingsTableOfThreeYearsIsReproduced()
    {
        var store = await StoreWithAsync(RedressYears.OmbudsmanReferrals2013To2015());

        // Seed 000: "Maladministration & Injustice 1, Premature/Informal enquiries 4, Total 5" (2015/16), 3 (2014/15), 3 (2013/14).
        var years = await Task.WhenAll(new[] { 2015, 2014, 2013 }.Select(y => FigureAsync(store, "ombudsman.decisions.by_finding", ReportingPeriod.FinancialYear(y))));

        Assert.Equal([5, 3, 3], years.Select(f => f.Value ?? -1));
        Assert.Equal([("Premature or informal enquiries", 4), ("Maladministration and injustice", 1)], years[0].Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal([("Premature or informal enquiries", 3)], years[1].Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal(["Investigation discontinued", "Outside jurisdiction", "Premature or informal enquiries"], years[2].Breakdown.Select(r => r.Label));
        var byCategory = await FigureAsync(store, "ombudsman.enquiries.by_category", ReportingPeriod.FinancialYear(2015));
        Assert.Equal([("Education & Children's Services", 5)], byCategory.Breakdown.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task OmbudsmanRemediesAddUpTheRemedyPaymentsInPoundsAndPence()
    {
        var store = await StoreWithAsync(RedressYears.OmbudsmanWithRemedies2018());

        // Seed 004: "Two payments were made in 2018/19: £1000.00 … £1300.00"; six LGO complaints, four with no finding against the council.
        var remedies = await FigureAsync(store, "ombudsman.remedies", ReportingPeriod.FinancialYear(2018));
        var findings = await FigureAsync(store, "ombudsman.decisions.by_finding", ReportingPeriod.FinancialYear(2018));
        var decisions = await FigureAsync(store, "ombudsman.decisions.by_decision", ReportingPeriod.FinancialYear(2018));

        Assert.Equal((FigureUnit.Pounds, 2, 2300.00m), (remedies.Unit, remedies.Value, remedies.Amount));
        Assert.Equal([("Partial finding", 2, (decimal?)2300.00m)], Money(remedies));
        Assert.Equal([("Not upheld", 4), ("Partial finding", 2)], findings.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal([("Not upheld", 4), ("Upheld", 2)], decisions.Breakdown.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task OmbudsmanDecisionsCountByTheDayTheOmbudsmanDecidedWhenAsked()
    {
        // Received on 1 March 2016 (2015/16), decided 60 days later, on 30 April 2016 (2016/17).
        var store = await StoreWithAsync([RedressYears.Ombudsman(new DateOnly(2016, 3, 1), "premature", null, null)]);
        var decidedOn = new CountingConventions(DateBasis: DateBasis.Responded);

        var received = await FigureAsync(store, "ombudsman.decisions.by_finding", ReportingPeriod.FinancialYear(2015));
        var decidedThatYear = await FigureAsync(store, "ombudsman.decisions.by_finding", ReportingPeriod.FinancialYear(2015), decidedOn);
        var decidedNextYear = await FigureAsync(store, "ombudsman.decisions.by_finding", ReportingPeriod.FinancialYear(2016), decidedOn);
        var decidedOnTheDay = await FigureAsync(store, "ombudsman.decisions.by_finding", ReportingPeriod.Custom(new DateOnly(2016, 4, 30), new DateOnly(2016, 4, 30)), decidedOn);

        Assert.Equal((1, 0, 1, 1), (received.Value, decidedThatYear.Value, decidedNextYear.Value, decidedOnTheDay.Value));
        Assert.Contains("the Ombudsman decided", decidedNextYear.Convention, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpenditureByKindIsTheSeedsTableInPoundsAndPence()
    {
        var store = await StoreWithAsync(RedressYears.Expenditure2014And2015());

        // Seed 000: "Apr 2015 – Mar 2016: independent investigators £2,614.20; April 2014 – March 2015: publicity £796.25,
        // independent investigators £2,210.72, total £3,006.97".
        var thisYear = await FigureAsync(store, "costs.by_kind", ReportingPeriod.FinancialYear(2015));
        var lastYear = await FigureAsync(store, "costs.by_kind", ReportingPeriod.FinancialYear(2014));

        Assert.Equal((1, 2614.20m), (thisYear.Value, thisYear.Amount));
        Assert.Equal([("Independent investigators", 1, (decimal?)2614.20m)], Money(thisYear));
        Assert.Equal((2, 3006.97m), (lastYear.Value, lastYear.Amount));
        Assert.Equal([("Independent investigators", 1, (decimal?)2210.72m), ("Publicity and leaflets", 1, 796.25m)], Money(lastYear));
        Assert.Equal([74, 26], lastYear.Breakdown.Select(r => r.Percent ?? -1));
        Assert.Equal("down £392.77 on 2014/15", new FigureComparison(thisYear, lastYear).ChangeInWords);
    }

    [Fact]
    public async Task CompensationIsAddedUpByStageAndLeavesCostsOut()
    {
        var store = await StoreWithAsync(RedressYears.Compensation2018().Concat(RedressYears.Expenditure2014And2015()));

        // Seed 002: "Allowances £50.00, Reimbursement of savings £50.00, Cost of passport £58.50, Total £158.50".
        var compensation = await FigureAsync(store, "costs.compensation", ReportingPeriod.FinancialYear(2018));
        var costs = await FigureAsync(store, "costs.by_kind", ReportingPeriod.FinancialYear(2018));

        Assert.Equal((3, 158.50m), (compensation.Value, compensation.Amount));
        Assert.Equal([("Stage 1", 2, (decimal?)100.00m), ("Stage 2", 1, 58.50m)], Money(compensation));
        Assert.Equal((0, 0m), (costs.Value, costs.Amount));
    }

    [Fact]
    public async Task TheAdrTableOfSeedOneIsReproducedWhileStageTwoStaysAtNought()
    {
        var store = await StoreWithAsync(RedressYears.AdrResolved2017());
        var year = ReportingPeriod.FinancialYear(2017);

        // Seed 001: "No of escalations received 6, No of completed ADR's 6, No of those cases satisfactorily resolved 6".
        var received = await FigureAsync(store, "adr.escalations_received", year);
        var held = await FigureAsync(store, "adr.held", year);
        var resolved = await FigureAsync(store, "adr.resolved", year);
        var byStage = await FigureAsync(store, "statutory.complaints.by_stage", year);

        Assert.Equal((6, 6, 6), (received.Value, held.Value, resolved.Value));
        Assert.Equal([("Requests for stage 2", 6)], received.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal([("Meeting", 6)], held.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal([("Resolved by ADR", 6, (int?)100)], resolved.Breakdown.Select(r => (r.Label, r.Count, r.Percent)));
        Assert.Equal([("Stage 1", 6), ("Stage 2", 0), ("Stage 3", 0)], byStage.Breakdown.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task EscalationsCountByTheRequestsDateAndTheAdrConventionDecidesWhetherAdrResolvedOnesAreAmongThem()
    {
        var store = await StoreWithAsync(
        [
            RedressYears.EscalatedToAdr(new DateOnly(2024, 6, 3), method: null),         // resolved by ADR, method not recorded
            RedressYears.ImportedAdrNotResolved(new DateOnly(2024, 7, 1)),              // a mediation that didn't resolve it: stage 2 opened
            RedressYears.EscalatedToStage2(new DateOnly(2024, 8, 5)),                   // no ADR: stage 2 opened
            RedressYears.EscalatedToStage2(new DateOnly(2025, 3, 10), askedAfter: 22),  // received in 2024/25, asked 1 April 2025: next year's
        ]);
        var year = ReportingPeriod.FinancialYear(2024);

        var asEscalations = await FigureAsync(store, "adr.escalations_received", year);
        var apart = await FigureAsync(store, "adr.escalations_received", year, new CountingConventions(AdrEscalations: AdrEscalations.CountedApart));
        var nextYear = await FigureAsync(store, "adr.escalations_received", ReportingPeriod.FinancialYear(2025));
        var held = await FigureAsync(store, "adr.held", year);
        var resolved = await FigureAsync(store, "adr.resolved", year);

        Assert.Equal((3, 2, 1), (asEscalations.Value, apart.Value, nextYear.Value));
        Assert.Contains("counted as an escalation", asEscalations.Convention, StringComparison.Ordinal);
        Assert.Equal([("Mediation", 1), ("Not recorded", 1)], held.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.Equal((1, 2), (resolved.Value, resolved.Population));
        Assert.Equal([("Resolved by ADR", 1), ("Not resolved by ADR", 1)], resolved.Breakdown.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task ResolutionsAreCountedPerStageInTheImportsWords()
    {
        var store = await StoreWithAsync(RedressYears.Resolutions2015().Append(RedressYears.EscalatedToStage2(new DateOnly(2015, 5, 5))));

        // Seed 000 (2015/16): "Explanation/Information provided 56, Explanation/Apology given 22, Apology 3, No further action
        // required 3, Reassessment/Reallocation 2, Report provided 1".
        var furthest = await FigureAsync(store, "statutory.resolutions", ReportingPeriod.FinancialYear(2015));
        var every = await FigureAsync(store, "statutory.resolutions", ReportingPeriod.FinancialYear(2015), new CountingConventions(Stages: StageCounting.EveryStage));

        Assert.Equal(87, furthest.Value);
        Assert.Equal(
            [("Stage 1 — Information provided", 56), ("Stage 1 — Explanation given", 22), ("Stage 1 — Apology", 3), ("Stage 1 — No further action", 3),
                ("Stage 1 — Reassessment or reallocation", 2), ("Stage 1 — Report provided", 1)],
            furthest.Breakdown.Select(r => (r.Label, r.Count)));
        // The escalated complaint's stage 1 explanation counts only when every stage is counted (its stage 2 is unanswered).
        Assert.Equal(88, every.Value);
        Assert.Contains(("Stage 1 — Explanation given", 23), every.Breakdown.Select(r => (r.Label, r.Count)));
    }

    [Fact]
    public async Task ComplimentsBySourceShowTheCouncilsOwnWordsWhereTheWellKnownSourcesLackThem()
    {
        var store = await StoreWithAsync(
        [
            RedressYears.Compliment(new DateOnly(2024, 5, 1), "Independent Reviewing Officer"),
            RedressYears.Compliment(new DateOnly(2024, 6, 3), "Independent Reviewing Officer "),
            RedressYears.Compliment(new DateOnly(2024, 7, 1), "parent/carer"),
            RedressYears.Compliment(new DateOnly(2024, 8, 1), "young person"),
        ]);
        var year = ReportingPeriod.FinancialYear(2024);

        var bySource = await FigureAsync(store, "compliments.by_source", year);
        var fromYoungPeople = await FigureAsync(store, "compliments.from_young_people", year);

        Assert.Equal(
            [("Independent Reviewing Officer", 2), ("Parent or carer", 1), ("Young person", 1)],
            bySource.Breakdown.Select(r => (r.Label, r.Count)));
        Assert.DoesNotContain(bySource.Breakdown, r => r.Label == "Other");
        Assert.Equal(1, fromYoungPeople.Value);
    }

    [Fact]
    public async Task SavingACaseAgainReplacesItsMoneyAndEscalationFacts()
    {
        var store = await NewStoreAsync();
        var complaint = RedressYears.EscalatedToStage2(new DateOnly(2025, 5, 1));
        await store.AddAsync(complaint, SampleCases.Index(complaint));
        var stored = (await store.GetAsync(complaint.Id))!;
        Assert.True(stored.Value.RecordPayment(new Payment(PaymentKind.Compensation, 120.45m, "Lost belongings", null, 2), "officer-1", SampleCases.Now).Succeeded);
        Assert.True((await store.UpdateAsync(stored.Value, SampleCases.Index(stored.Value), stored.Version)).Succeeded);

        var compensation = await FigureAsync(store, "costs.compensation", ReportingPeriod.FinancialYear(2025));
        var received = await FigureAsync(store, "adr.escalations_received", ReportingPeriod.FinancialYear(2025));

        Assert.Equal([("Stage 2", 1, (decimal?)120.45m)], Money(compensation));
        Assert.Equal(1, received.Value);
    }

    [Fact]
    public async Task CasesWhoseFactsPredateMoneyAndAdrGetThemFromTheBackfill()
    {
        var store = await NewStoreAsync();
        var old = RedressYears.Compensation2018().First();
        await PutWithoutFactsAsync(store, old);
        var facts = (IFigureFacts)store;

        await FactsBackfill.RunAsync(store, facts, ClockRules.Default);

        var compensation = await FigureAsync(store, "costs.compensation", ReportingPeriod.FinancialYear(2018));
        Assert.Equal((1, 50.00m), (compensation.Value, compensation.Amount));
    }
}
