using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Sqlite.Upgrading;
using ComplaintsAssistant.Store.Tests.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>An up-to-date file opens from one read of its history (<c>Upgrading/CurrentHistory</c>); that shortcut
/// must never skip a migration the file lacks, nor refuse a file a later build has moved on.</summary>
public sealed class SqliteOpeningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-opening-").FullName;

    [Fact]
    public void AFileOneMigrationBehindGetsItWhenOpened()
    {
        var path = Path.Combine(_folder, "behind.db");
        string latest;
        using (var db = Context(path))
        {
            var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToArray();
            latest = migrations[^1];
            db.GetService<IMigrator>().Migrate(migrations[^2]);
        }
        var log = new ListLogger<SqliteCaseStore>();

        SqliteCaseStore.Open(path, log);

        Assert.Contains($"Case store {path}: migrations applied: {latest}", log.Entries.Select(e => e.Message));
        Assert.Equal(latest, ReleasedFiles.Query(path, "SELECT MAX(MigrationId) FROM __EFMigrationsHistory"));
    }

    [Fact]
    public void AFileALaterBuildMigratedOpensAsUpToDateNamingItsLatestMigration()
    {
        var path = Path.Combine(_folder, "later.db");
        SqliteCaseStore.Open(path);
        ReleasedFiles.Query(path, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromALaterBuild', '10.0.0') RETURNING 1");
        var log = new ListLogger<SqliteCaseStore>();

        SqliteCaseStore.Open(path, log);

        Assert.Equal([$"Case store {path}: schema up to date (29991231000000_FromALaterBuild)"], log.Entries.Select(e => e.Message));
    }

    [Fact]
    public void TheUpToDateCheckKnowsEveryMigrationOfThisBuild()
    {
        using var db = Context(Path.Combine(_folder, "any.db"));
        var found = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToArray();

        Assert.True(found.SequenceEqual(BuiltMigrations.Ids),
            $"core/ComplaintsAssistant.Store.Sqlite/Upgrading/BuiltMigrations.cs must list EF Core's migrations, in order. Add: " +
            $"{string.Join(", ", found.Except(BuiltMigrations.Ids))}; remove: {string.Join(", ", BuiltMigrations.Ids.Except(found))}");
    }

    private static CasesDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<CasesDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
