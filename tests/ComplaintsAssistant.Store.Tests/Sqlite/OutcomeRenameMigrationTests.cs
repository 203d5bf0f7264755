using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>Facts written before document version 2 call an out-of-jurisdiction outcome "Rejected"; the migration
/// <c>OutcomeOutOfJurisdiction</c> renames them, and the month counts follow.</summary>
public sealed class OutcomeRenameMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-outcome-rename-").FullName;

    [Fact]
    public async Task FactsSayingRejectedAreCountedAsOutOfJurisdictionOnceTheFileIsOpened()
    {
        var path = Path.Combine(_folder, "cases.db");
        var complaint = SampleCases.Statutory(receivedOn: new DateOnly(2026, 5, 1));
        Assert.True(complaint.RecordResponse(new StageResponse(new DateOnly(2026, 5, 8), Outcome.OutOfJurisdiction, [Resolution.ExplanationGiven],
            complaint.Concerns.Select(c => new ConcernOutcome(c.Number, Outcome.OutOfJurisdiction)).ToArray()), "manager-1", SampleCases.Now).Succeeded);
        await SqliteCaseStore.Open(path).AddAsync(complaint, SampleCases.Index(complaint));
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            // The file as the release before left it: facts in the old word, the rename not yet applied.
            ReleasedFiles.Execute(connection, "UPDATE FigureStages SET Outcome = 'Rejected'; UPDATE FigureConcerns SET Outcome = 'Rejected'; "
                + "DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_OutcomeOutOfJurisdiction';");
        }
        SqliteConnection.ClearAllPools();

        var store = SqliteCaseStore.Open(path);
        var request = new FigureRequest(ReportingPeriod.FinancialYear(2026), null, CountingConventions.Default);
        var outcomes = await FigureCatalogue.Find("statutory.complaints.by_outcome")!.ComputeAsync(request, store, default);
        var concerns = await FigureCatalogue.Find("statutory.concerns.outcomes")!.ComputeAsync(request, store, default);

        Assert.Contains(outcomes.Breakdown, r => r is { Label: "Out of jurisdiction or rejected", Count: 1 });
        Assert.Equal(["Lack of communication — Out of jurisdiction or rejected", "Unhappy with assessment — Out of jurisdiction or rejected"],
            concerns.Breakdown.Select(r => r.Label));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
