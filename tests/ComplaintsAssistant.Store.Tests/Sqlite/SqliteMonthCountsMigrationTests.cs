using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>A file whose facts were written before the month counts existed gets them from its facts when it opens, and
/// its figures stay what they were.</summary>
public sealed class SqliteMonthCountsMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-month-counts-").FullName;

    [Fact]
    public async Task AFileWithFactsButNoMonthCountsIsCountedWhenItOpens()
    {
        var path = Path.Combine(_folder, "cases.db");
        var store = SqliteCaseStore.Open(path);
        foreach (var subject in new[]
        {
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 12)),
            FigureSamples.Answered(FigureSamples.May1, new DateOnly(2026, 5, 29), team: "Fostering"),
            FigureSamples.Answered(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 8)),
        })
            await store.AddAsync(subject, SampleCases.Index(subject));
        SqliteConnection.ClearAllPools();
        AsBeforeMonthCounts(path);

        var reopened = SqliteCaseStore.Open(path);
        var figure = await FigureCatalogue.Find("statutory.stage1.within_10_wd")!
            .ComputeAsync(new FigureRequest(ReportingPeriod.FinancialYear(2026), null, CountingConventions.Default), reopened, default);

        Assert.Equal((67, 3), (figure.Value, figure.Population));
        Assert.Equal(3L, Scalar(path, "SELECT SUM(N) FROM FigureStageMonths WHERE Basis = 'Received'"));
    }

    /// <summary>The file as the release before the month counts left it: facts, no month tables, no triggers.</summary>
    private static void AsBeforeMonthCounts(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var triggers = connection.CreateCommand();
        triggers.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger'";
        var names = new List<string>();
        using (var reader = triggers.ExecuteReader()) while (reader.Read()) names.Add(reader.GetString(0));
        using var drop = connection.CreateCommand();
        drop.CommandText = string.Concat(names.Select(n => $"DROP TRIGGER {n};"))
            + "DROP TABLE FigureCaseMonths; DROP TABLE FigureStageMonths; DROP TABLE FigureConcernMonths;"
            + "DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_FigureMonthCounts';";
        drop.ExecuteNonQuery();
    }

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
