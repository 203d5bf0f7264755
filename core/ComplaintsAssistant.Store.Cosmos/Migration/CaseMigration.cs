using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Cosmos.Migration;

/// <summary>What a migration moved.</summary>
public sealed record MigrationReport(int Cases, int Sequences);

/// <summary>One-way copy of every case and sequence from one store to another (SQLite → Cosmos), safe to re-run:
/// cases are upserted by id (ids, references and content unchanged) and sequences are only ever raised.</summary>
public static class CaseMigration
{
    /// <param name="indexOf">How core indexes a case (the target recomputes nothing itself).</param>
    /// <param name="progress">Told the running count of cases copied; counts only, never case content.</param>
    public static async Task<MigrationReport> RunAsync(ICaseArchive from, ICaseArchive to, Func<Case, CaseIndex> indexOf,
        IProgress<int>? progress = null, int parallelism = 8, CancellationToken cancellationToken = default)
    {
        // Sequences first: if the service starts writing to the target before the copy ends, the references it
        // issues are already past every migrated one.
        var sequences = 0;
        await foreach (var (name, value) in from.ExportSequencesAsync(cancellationToken))
        {
            await to.RaiseSequenceAsync(name, value, cancellationToken);
            sequences++;
        }

        var cases = 0;
        await Parallel.ForEachAsync(from.ExportAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (subject, token) =>
            {
                await to.ImportAsync(subject, indexOf(subject), token);
                var copied = Interlocked.Increment(ref cases);
                if (copied % 500 == 0) progress?.Report(copied);
            });
        progress?.Report(cases);
        return new MigrationReport(cases, sequences);
    }
}
