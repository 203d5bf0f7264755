using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>Whole months come from the month counts (resolutions, and the stages' sums of working and calendar days);
/// days and statuses as at a date from the fact rows; member enquiries by their case's member type kept on the stage rows. Both give the same figures over the same cases, and a file made
/// before the resolutions' counts and the days' sums gets them from its facts when it opens.</summary>
public sealed class SqliteMonthSumsTests : IDisposable
{
    private static readonly ReportingPeriod Year = ReportingPeriod.FinancialYear(2025);
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-month-sums-").FullName;

    /// <summary>2025/26 complaints in four teams, answered 0–44 days after receipt (some after the year end), one in five
    /// escalated to stage 2 and answered there, one in seven withdrawn; and nine member enquiries of each type in turn.</summary>
    private static IEnumerable<Case> Complaints()
    {
        string[] teams = ["Children in Care", "Fostering", "Safeguarding", "Disabled Children"];
        for (var n = 0; n < 48; n++)
        {
            var received = new DateOnly(2025, 4, 1).AddDays(n * 8 % 365);
            if (n % 7 == 3) { yield return FigureSamples.Withdrawn(received); continue; }
            var subject = FigureSamples.Answered(received, received.AddDays(n % 45), teams[n % 4]);
            if (n % 5 == 0)
            {
                var opened = received.AddDays(n % 45 + 9);
                Assert.Null(subject.RequestEscalation(opened.AddDays(-1), null, "officer-1", SampleCases.Now, ClockRules.Default).Error);
                Assert.Null(subject.OpenNextStage(new NextStage("investigator-1", opened, "Pat Independent"), "officer-1", SampleCases.Now,
                    ClockRules.Default).Error);
                Assert.Null(subject.RecordResponse(new StageResponse(opened.AddDays(n % 30 + 5), Outcome.PartiallyUpheld,
                    [Resolution.Apology, Resolution.ChangeToPractice], subject.Concerns.Select(c => new ConcernOutcome(c.Number, Outcome.Upheld)).ToArray()),
                    "manager-1", SampleCases.Now).Error);
            }
            yield return subject;
        }
        for (var n = 0; n < 9; n++)
        {
            var received = new DateOnly(2025, 4, 7).AddDays(n * 40);
            var enquiry = Case.Log(new NewCase(CaseKind.MemberEnquiry, received, HowReceived.Email, teams[n % 4], "manager-1",
                    new Complainant(ComplainantRelationship.ElectedMember, Name: "A Member"), Member: new MemberDetails((MemberType)(n % 3), "A Member")),
                $"ME-{n}", Guid.NewGuid(), "officer-1", SampleCases.Now, ClockRules.Default).Value;
            Assert.Null(enquiry.RecordResponse(new StageResponse(received.AddDays(n * 3), Outcome.NotUpheld, [], []), "manager-1", SampleCases.Now).Error);
            yield return enquiry;
        }
    }

    private async Task<SqliteCaseStore> StoreAsync(string name)
    {
        var store = SqliteCaseStore.Open(Path.Combine(_folder, name));
        foreach (var subject in Complaints()) await store.AddAsync(subject, SampleCases.Index(subject));
        return store;
    }

    /// <summary>The queries the averages and the resolutions make, each date basis, furthest stage or every stage.</summary>
    private static IEnumerable<FactQuery> Queries(DateOnly from, DateOnly to)
    {
        var kind = FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.StatutoryComplaint));
        var answered = FactFilter.Is(FactField.Band, FactValue.Of(TimelinessBand.WithinTimescale),
            FactValue.Of(TimelinessBand.WithinExtendedTimescale), FactValue.Of(TimelinessBand.BeyondExtendedTimescale));
        var furthest = FactFilter.Is(FactField.IsFurthest, FactValue.Of(true));
        foreach (var basis in Enum.GetValues<DateBasis>())
            foreach (var where in new[] { new[] { kind, answered }, [kind, answered, furthest] })
            {
                yield return new FactQuery(FactTable.Stages, basis, from, to, where, [FactField.Stage], Sum: FactField.WorkingDays);
                yield return new FactQuery(FactTable.Stages, basis, from, to, where, [FactField.Stage, FactField.Team], Sum: FactField.CalendarDays);
                yield return new FactQuery(FactTable.Resolutions, basis, from, to, where[..1].Concat(where[2..]).ToArray(),
                    [FactField.Stage, FactField.Resolution]);
            }
        yield return new FactQuery(FactTable.Stages, DateBasis.Received, from, to, [FactFilter.Is(FactField.Kind, FactValue.Of(CaseKind.MemberEnquiry))],
            [FactField.WithinStatutory, FactField.MemberType]);
    }

    [Fact]
    public async Task AYearFromTheMonthCountsEqualsItsDaysCountedFromTheFacts()
    {
        var store = await StoreAsync("cases.db");
        var wholeYear = Queries(Year.From, Year.To).ToArray();
        // A single day is never a whole month, so each day is counted from the fact rows.
        var days = Enumerable.Range(0, Year.To.DayNumber - Year.From.DayNumber + 1).Select(Year.From.AddDays).ToArray();
        for (var q = 0; q < wholeYear.Length; q++)
        {
            var dayByDay = new List<FactCount>();
            foreach (var day in days) dayByDay.AddRange(await store.CountAsync(Queries(day, day).ElementAt(q)));
            Assert.Equal(Summed(dayByDay), Summed(await store.CountAsync(wholeYear[q])));
        }
        Assert.Contains(wholeYear, q => q.Table == FactTable.Resolutions);
        Assert.Equal(9, (await store.CountAsync(wholeYear[^1])).Sum(c => c.Count));
        Assert.True((await store.CountAsync(wholeYear[0])).Sum(c => c.Total) > 0, "the stages took some working days");
    }

    [Fact]
    public async Task TheAveragesFromTheMonthSumsEqualThoseFromTheFactsAsAtALaterDay()
    {
        var store = await StoreAsync("cases.db");
        // Status as at a day after every answer is today's status, counted from the fact rows instead of the month counts.
        var later = new DateOnly(2030, 1, 1);
        foreach (var id in new[] { "statutory.average_working_days", "statutory.average_calendar_days" })
            foreach (var conventions in new[] { CountingConventions.Default, CountingConventions.Default with { Stages = StageCounting.EveryStage },
                         CountingConventions.Default with { DateBasis = DateBasis.Responded } })
            {
                var fromMonths = await FigureCatalogue.Find(id)!.ComputeAsync(new FigureRequest(Year, null, conventions), store, default);
                var fromFacts = await FigureCatalogue.Find(id)!.ComputeAsync(new FigureRequest(Year, null, conventions with { AsAt = later }), store, default);
                Assert.Equal(Rows(fromFacts), Rows(fromMonths));
                Assert.NotNull(fromMonths.Average);
            }
    }

    [Fact]
    public async Task MemberEnquiriesOnTimeAreCountedByTheirCasesMemberType()
    {
        var store = await StoreAsync("cases.db");
        var request = new FigureRequest(Year, null, CountingConventions.Default with { SmallNumbersBelow = 1 });
        var onTime = await FigureCatalogue.Find("member_enquiries.on_time")!.ComputeAsync(request, store, default);
        var byType = await FigureCatalogue.Find("member_enquiries.by_type")!.ComputeAsync(request, store, default);
        Assert.Equal(byType.Breakdown.Select(r => $"{r.Label}: received={r.Count}").OrderBy(r => r, StringComparer.Ordinal),
            onTime.Breakdown.Where(r => r.Label.EndsWith(": received", StringComparison.Ordinal)).Select(r => $"{r.Label}={r.Count}").OrderBy(r => r, StringComparer.Ordinal));
        Assert.Equal(3, byType.Breakdown.Count);
    }

    [Fact]
    public async Task AFileWithoutTheResolutionCountsAndTheDaySumsGetsThemWhenItOpensWithTheSameFigures()
    {
        var path = Path.Combine(_folder, "older.db");
        var store = await StoreAsync("older.db");
        var ids = new[] { "statutory.resolutions", "statutory.average_working_days", "statutory.average_calendar_days", "member_enquiries.on_time" };
        var before = new List<string>();
        foreach (var id in ids) before.Add(Rows(await FigureCatalogue.Find(id)!.ComputeAsync(new FigureRequest(Year, null, CountingConventions.Default), store, default)));
        SqliteConnection.ClearAllPools();
        AsBeforeMonthSums(path);

        var reopened = SqliteCaseStore.Open(path);
        var after = new List<string>();
        foreach (var id in ids) after.Add(Rows(await FigureCatalogue.Find(id)!.ComputeAsync(new FigureRequest(Year, null, CountingConventions.Default), reopened, default)));
        Assert.Equal(before, after);
        // And the triggers keep them: a case saved after the upgrade counts.
        var more = FigureSamples.Answered(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 20));
        await reopened.AddAsync(more, SampleCases.Index(more));
        var resolutions = await FigureCatalogue.Find("statutory.resolutions")!.ComputeAsync(new FigureRequest(Year, null, CountingConventions.Default), reopened, default);
        Assert.Equal(int.Parse(before[0].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture) + 1, resolutions.Value);
    }

    private static string Summed(IEnumerable<FactCount> counts) => string.Join("; ", counts
        .GroupBy(c => string.Join("|", c.Keys)).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {g.Sum(c => c.Count)} / {g.Sum(c => c.Total ?? 0)}"));

    private static string Rows(Figure figure) =>
        $"{figure.Value};{figure.Average};" + string.Join("; ", figure.Breakdown.Select(r => $"{r.Label}={r.Count}/{r.Average}"));

    /// <summary>The file as the release before this one left it: no resolution counts, stage rows and counts without the
    /// member type and the days' sums, and the triggers that kept them.</summary>
    private static void AsBeforeMonthSums(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = string.Concat(new[] { "FigureStages_Received", "FigureStages_Responded", "FigureResolutions_Received", "FigureResolutions_Responded" }
                .SelectMany(t => new[] { "Inserted", "Deleted", "Updated" }.Select(w => $"DROP TRIGGER {t}_{w};")))
            + "DROP TABLE FigureResolutionMonths; ALTER TABLE FigureStageMonths DROP COLUMN WorkingDays; ALTER TABLE FigureStageMonths DROP COLUMN CalendarDays;"
            + "ALTER TABLE FigureStageMonths DROP COLUMN MemberType; ALTER TABLE FigureStages DROP COLUMN MemberType;"
            + "DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_FigureMonthSumsAndMemberType';";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
