using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>What <c>dotnet ef migrations add</c> builds the model from (see README.md). Scaffolding reads the model,
/// not a database, so the file named here is never opened.</summary>
internal sealed class DesignTimeCasesDbContext : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CasesDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
