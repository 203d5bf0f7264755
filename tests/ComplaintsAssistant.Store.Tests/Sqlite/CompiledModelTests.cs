using ComplaintsAssistant.Store.Sqlite;
using ComplaintsAssistant.Store.Sqlite.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ComplaintsAssistant.Store.Tests.Sqlite;

/// <summary>The store runs on EF Core's compiled model (<c>CompiledModel/</c>), so opening it doesn't build the model from
/// <c>CasesDbContext</c>. A change to the rows or their mapping (a new migration) without regenerating it
/// (<c>tools/compiled-model.sh</c>) fails here, rather than in the field as a column the store silently doesn't save.</summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void TheCompiledModelIsTheOneTheCodeDescribes()
    {
        using var db = new DesignTimeCasesDbContext().CreateDbContext([]);
        var described = db.GetService<IDesignTimeModel>().Model;

        Assert.IsType<CasesDbContextModel>(db.Model);
        Assert.True(Shape(described).SequenceEqual(Shape(db.Model)),
            "The compiled model (core/ComplaintsAssistant.Store.Sqlite/CompiledModel/) is stale: run tools/compiled-model.sh and commit what it writes.");
    }

    [Fact]
    public void TheMigrationsMakeTheModelTheCodeDescribes()
    {
        using var db = new DesignTimeCasesDbContext().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last migration: add one (core/ComplaintsAssistant.Store.Sqlite/README.md), then run tools/compiled-model.sh.");
    }

    /// <summary>Entity types, tables, columns, types, keys and indexes. Left out: what only one of the two kinds of model
    /// records (the conventions' working state, annotations with no value, the converter object, which the compiled model
    /// keeps in its type mappings).</summary>
    private static IEnumerable<string> Shape(IModel model) => model.ToDebugString(MetadataDebugStringOptions.LongDefault)
        .Split('\n').Select(line => line.TrimEnd())
        .Where(line => !line.EndsWith(':') && !line.Contains("Convention", StringComparison.Ordinal)
            && !line.TrimStart().StartsWith("ValueConverter:", StringComparison.Ordinal));
}
