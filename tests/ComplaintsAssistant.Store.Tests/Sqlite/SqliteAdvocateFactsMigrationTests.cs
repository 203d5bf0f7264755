using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>A file written by the release before <c>FigureCasesSupportedByAdvocate</c> has case facts without the advocate;
/// opening it fills them from the stored cases and counts the months again, so no case needs saving again.</summary>
public sealed class SqliteAdvocateFactsMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-advocate-facts-").FullName;

    [Fact]
    public async Task AFileFromBeforeTheMigrationCountsItsAdvocatesWhenItOpens()
    {
        var path = Path.Combine(_folder, "cases.db");
        var before = SqliteCaseStore.Open(path);
        foreach (var subject in PublishedYears.Statutory2018()) await before.AddAsync(subject, SampleCases.Index(subject));
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            // The file as the release before left it: no advocate column on the case facts or their month counts (so the
            // month counts' combinations merge), its triggers gone with it, the migration not yet applied.
            ReleasedFiles.Execute(connection, "DROP TRIGGER FigureCases_Received_Inserted; DROP TRIGGER FigureCases_Received_Deleted; "
                + "DROP TRIGGER FigureCases_Received_Updated; ALTER TABLE FigureCases DROP COLUMN SupportedByAdvocate; "
                + "ALTER TABLE FigureCaseMonths DROP COLUMN SupportedByAdvocate; "
                + "DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_FigureCasesSupportedByAdvocate';");
        }
        SqliteConnection.ClearAllPools();

        var store = SqliteCaseStore.Open(path);
        var waiting = await store.CasesWithoutFactsAsync(100);
        var request = new FigureRequest(ReportingPeriod.FinancialYear(2018), null, CountingConventions.Default);
        var advocate = await FigureCatalogue.Find("statutory.complaints.with_advocate")!.ComputeAsync(request, store, default);
        var young = await FigureCatalogue.Find("statutory.complaints.by_young_people")!.ComputeAsync(request, store, default);
        var later = PublishedYears.YoungPeople(2018, young: 1, withAdvocate: 1)[0];
        await store.AddAsync(later, SampleCases.Index(later));
        var afterASave = await FigureCatalogue.Find("statutory.complaints.with_advocate")!.ComputeAsync(request, store, default);

        Assert.Empty(waiting);
        Assert.Equal((11, 17), (advocate.Value, advocate.Population));
        Assert.Equal(142, young.Value);
        Assert.Equal((12, 18), (afterASave.Value, afterASave.Population));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
