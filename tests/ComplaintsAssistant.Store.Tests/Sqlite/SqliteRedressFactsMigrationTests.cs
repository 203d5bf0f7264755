using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>A file written by the release before <c>FigureMoneyOmbudsmanAdr</c> has cases with payments, Ombudsman decisions
/// and escalations but no facts for them; opening it migrates it in place and the facts backfill run at start-up fills them.</summary>
public sealed class SqliteRedressFactsMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-redress-facts-").FullName;

    [Fact]
    public async Task AFileFromBeforeTheMigrationGetsMoneyOmbudsmanAndAdrFactsAfterStartUp()
    {
        var path = Path.Combine(_folder, "cases.db");
        var before = SqliteCaseStore.Open(path);
        var cases = RedressYears.Compensation2018().Concat(RedressYears.OmbudsmanWithRemedies2018())
            .Append(RedressYears.EscalatedToAdr(new DateOnly(2018, 6, 4), "mediation")).ToArray();
        foreach (var subject in cases) await before.AddAsync(subject, SampleCases.Index(subject));
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            // The file as the release before left it: no tables for these facts, the migration not yet applied.
            ReleasedFiles.Execute(connection, "DROP TABLE FigurePayments; DROP TABLE FigureOmbudsman; DROP TABLE FigureEscalations; DROP TABLE FigureResolutions; "
                + "DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_FigureMoneyOmbudsmanAdr';");
        }
        SqliteConnection.ClearAllPools();

        var store = SqliteCaseStore.Open(path);
        var waiting = await store.CasesWithoutFactsAsync(100);
        var saved = await FactsBackfill.RunAsync(store, store, ClockRules.Default);

        var request = new FigureRequest(ReportingPeriod.FinancialYear(2018), null, CountingConventions.Default);
        var compensation = await FigureCatalogue.Find("costs.compensation")!.ComputeAsync(request, store, default);
        var remedies = await FigureCatalogue.Find("ombudsman.remedies")!.ComputeAsync(request, store, default);
        var adr = await FigureCatalogue.Find("adr.resolved")!.ComputeAsync(request, store, default);
        var byKind = await FigureCatalogue.Find("representations.by_kind")!.ComputeAsync(request, store, default);

        Assert.Equal(cases.Length, waiting.Count);
        Assert.Equal(cases.Length, saved);
        Assert.Equal((3, 158.50m), (compensation.Value, compensation.Amount));
        Assert.Equal((2, 2300.00m), (remedies.Value, remedies.Amount));
        Assert.Equal(1, adr.Value);
        // The case facts were rewritten once each, and the month counts with them: nothing counted twice.
        Assert.Equal(cases.Length, byKind.Value);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
