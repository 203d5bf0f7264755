using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>EF Core's pool of contexts, made when a context is first asked for. A host that opens an up-to-date file and
/// only chats (conversation references and welcomes are plain statements) never loads EF Core: its start is shorter
/// and its idle memory about 16 MB smaller (docs/bench.md). Cases, lists and figures load it on first use.</summary>
internal sealed class ContextPool(string connectionString)
{
    private PooledDbContextFactory<CasesDbContext>? _factory;

    public CasesDbContext CreateDbContext() => (_factory ?? Create()).CreateDbContext();

    // Its own method, so EF Core's types are loaded only when it runs. Two racing callers may each make a pool; one is kept.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PooledDbContextFactory<CasesDbContext> Create()
    {
        // EF Core finds the compiled model (CompiledModel/, its assembly attribute) and uses it instead of building one from
        // CasesDbContext, which took most of a start. Not named here, so tools/compiled-model.sh can delete and remake it.
        var made = new PooledDbContextFactory<CasesDbContext>(new DbContextOptionsBuilder<CasesDbContext>().UseSqlite(connectionString).Options);
        return Interlocked.CompareExchange(ref _factory, made, null) ?? made;
    }
}
