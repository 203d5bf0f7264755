using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Cosmos.Migration;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Cosmos;

/// <summary>SQLite file → Cosmos, end to end, and again.</summary>
[Collection(CosmosCollection.Name)]
public sealed class CosmosMigrationTests(CosmosTestServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-migrate-").FullName;

    [Fact]
    public async Task EveryCaseArrivesUnchangedAndARerunDuplicatesNothingNorLowersSequences()
    {
        var sqlite = SqliteCaseStore.Open(Path.Combine(_folder, "cases.db"));
        var cases = await SeedAsync(sqlite);
        var cosmos = server.NewStore();

        var first = await CaseMigration.RunAsync(sqlite, cosmos, SampleCases.Index);

        Assert.Equal(new MigrationReport(cases.Count, 2), first);
        foreach (var original in cases)
        {
            var copied = await cosmos.GetAsync(original.Id);
            Assert.NotNull(copied);
            Assert.Equal(SampleCases.Json(original), SampleCases.Json(copied.Value));
            Assert.Equal(original.Id, (await cosmos.FindByReferenceAsync(original.Reference))!.Value.Id);
        }
        Assert.Equal(cases[0].Id, (await cosmos.FindByIntakeKeyAsync("<first@mail.example>"))!.Value.Id);
        Assert.Single(await cosmos.ListLearningActionsAsync(new LearningQuery()));

        // The service carries on in Cosmos, then someone runs the migration again.
        Assert.Equal(4, await cosmos.NextSequenceAsync("CC-2026"));
        await CaseMigration.RunAsync(sqlite, cosmos, SampleCases.Index);

        Assert.Equal(cases.Count, (await cosmos.ListAsync(new CaseQuery())).Count);
        var exported = new List<Case>();
        await foreach (var c in cosmos.ExportAsync()) exported.Add(c);
        Assert.Equal(cases.Select(c => c.Id).Order(), exported.Select(c => c.Id).Order());
        Assert.Equal(5, await cosmos.NextSequenceAsync("CC-2026"));
        Assert.Equal(2, await cosmos.NextSequenceAsync("CO-2026"));
        var again = SampleCases.Statutory(intakeKey: "<first@mail.example>");
        Assert.False((await cosmos.AddAsync(again, SampleCases.Index(again))).Created);
    }

    private static async Task<List<Case>> SeedAsync(SqliteCaseStore sqlite)
    {
        var cases = new List<Case>
        {
            SampleCases.Statutory(intakeKey: "<first@mail.example>"),
            SampleCases.Statutory(team: "Fostering", receivedOn: new DateOnly(2026, 5, 20)),
            SampleCases.Compliment(),
        };
        cases[1].AddLearningAction(new NewLearningAction("Letters late", "Send on time", "Template", "Fostering", "manager-2", new DateOnly(2026, 7, 1)),
            "officer-1", SampleCases.Now);
        foreach (var c in cases) await sqlite.AddAsync(c, SampleCases.Index(c));
        for (var i = 0; i < 3; i++) await sqlite.NextSequenceAsync("CC-2026");
        await sqlite.NextSequenceAsync("CO-2026");
        return cases;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
