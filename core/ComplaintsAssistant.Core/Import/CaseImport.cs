using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Import;

/// <summary>Imports a file of past years' cases (import-format.md) into the store: one case per old reference, made the
/// first time, updated when a later file says something else about it (the change recorded in its audit), left alone when
/// the file says the same. A case the file gets wrong is refused with its line, column and reason; every other case is
/// kept. A file that can't be read at all (not UTF-8, a wrong CSV header) is refused before anything is written. A dry
/// run goes through every step but the writes, so it reports exactly what the import would do.</summary>
public sealed class CaseImport(ICaseStore store, ClockRules rules, CouncilVocabulary vocabulary, TimeProvider time)
{
    /// <summary>Only the complaints team imports: an import changes every team's records.</summary>
    public static DomainError? CheckMayImport(Actor actor) =>
        actor.Role == Role.ComplaintsOfficer ? null : DomainError.Forbidden("Only the complaints team can import past years' records.");

    /// <param name="file">Read twice (first to check it is all UTF-8 and count its lines), so it must be seekable.</param>
    public async Task<Result<ImportSummary>> RunAsync(Actor actor, Stream file, ImportFormat format, bool dryRun,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (CheckMayImport(actor) is { } forbidden) return forbidden;
        var tally = new ImportTally(dryRun);
        int lines;
        try
        {
            lines = Utf8Lines.Read(file).Count();
            file.Position = 0;
        }
        catch (ImportFileRefusedException refused)
        {
            return tally.Summary(refused.Issue);
        }

        IImportReader reader = format == ImportFormat.Csv ? new CsvReader() : new JsonLinesReader();
        var run = new Run(actor, dryRun, tally);
        try
        {
            foreach (var record in reader.Read(file))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ImportAsync(record, run, cancellationToken);
                if (run.New.Count >= BatchSize && !await AddNewAsync(run, cancellationToken)) return tally.Summary();
                progress?.Report(new ImportProgress(tally.Done, record.Line, lines));
            }
        }
        catch (ImportFileRefusedException refused)
        {
            return tally.Summary(refused.Issue);
        }
        if (!await AddNewAsync(run, cancellationToken)) return tally.Summary();
        // A CSV case is reported at its first row, so the last one reported may not be the file's last line.
        progress?.Report(new ImportProgress(tally.Done, lines, lines));
        return tally.Summary();
    }

    /// <summary>New cases are written this many at a time: one commit each, not one per case.</summary>
    private const int BatchSize = 1000;

    /// <summary>One import as it goes: the references seen so far (line by reference) and the new cases not yet written.</summary>
    private sealed record Run(Actor Actor, bool DryRun, ImportTally Tally)
    {
        public Dictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);
        public List<(CaseSnapshot Snapshot, string OldReference, int Line)> New { get; } = [];
    }

    private async Task ImportAsync(ReadRecord record, Run run, CancellationToken cancellationToken)
    {
        var (actor, dryRun, tally, seen) = (run.Actor, run.DryRun, run.Tally, run.Seen);
        if (record.Case is not { } read)
        {
            tally.Refuse(record.Issues);
            return;
        }
        if (!seen.TryAdd(read.Reference, record.Line))
        {
            tally.Refuse([new ImportIssue(record.Line, read.Where.Of("reference").Column, read.Reference,
                $"appears again in this file (first on line {seen[read.Reference]}): a reference is one case. Only the first was imported.", read.Reference)]);
            return;
        }

        var existing = await store.FindByIntakeKeyAsync(ImportKey.For(read.Reference), cancellationToken);
        var now = time.GetUtcNow();
        var built = HistoricCase.Build(read, existing?.Value.Id ?? Guid.NewGuid(), existing?.Value.Reference ?? "", actor.Id, now, rules);
        tally.Unknown(built.Unknown);
        if (built.Snapshot is not { } snapshot)
        {
            tally.Refuse(built.Issues);
            return;
        }
        tally.Note(record.Issues);
        NoteNewValues(read, snapshot, tally);

        if (existing is null)
        {
            if (!dryRun) run.New.Add((snapshot, read.Reference, record.Line));
            tally.Created++;
            return;
        }
        var changed = ImportedChanges.Between(existing.Value.Snapshot, snapshot);
        if (changed.Count == 0)
        {
            tally.Unchanged++;
            return;
        }
        if (!dryRun)
        {
            var updated = ImportedChanges.Apply(existing.Value.Snapshot, snapshot);
            updated = updated with { Audit = [.. updated.Audit, new AuditEntry(now, actor.Id, "import-updated",
                $"Updated from a corrected import of {read.Reference}: {Sentences.List(changed)} changed")] };
            var subject = Case.Restore(updated);
            var saved = await store.UpdateAsync(subject, CaseIndex.Of(subject, rules), existing.Version, cancellationToken);
            if (saved.Error is not null)
            {
                tally.Refuse([new ImportIssue(record.Line, null, null,
                    $"{existing.Value.Reference} changed in the service while this file was imported: import the file again.", read.Reference)]);
                return;
            }
        }
        tally.Updated++;
    }

    /// <summary>Writes the new cases waiting, each with the next reference for its kind and year, audited as imported.
    /// They are written together or not at all: if the store refuses them, none is, the import stops there and says which
    /// lines to import again (false). A case another import of the same file added meanwhile is left as it is.</summary>
    private async Task<bool> AddNewAsync(Run run, CancellationToken cancellationToken)
    {
        if (run.New.Count == 0) return true;
        var now = time.GetUtcNow();
        var cases = new List<(Case, CaseIndex)>(run.New.Count);
        foreach (var sequence in run.New.GroupBy(n => $"{n.Snapshot.Kind.ReferencePrefix()}-{n.Snapshot.ReceivedOn.Year}"))
        {
            var numbers = await store.NextSequenceNumbersAsync(sequence.Key, sequence.Count(), cancellationToken);
            foreach (var ((snapshot, oldReference, _), number) in sequence.Zip(numbers))
            {
                var reference = $"{sequence.Key}-{number:0000}";
                var subject = Case.Restore(snapshot with
                {
                    Reference = reference,
                    Audit = [new AuditEntry(now, run.Actor.Id, "imported", $"Imported from the old system's record {oldReference} as {reference}")],
                });
                cases.Add((subject, CaseIndex.Of(subject, rules)));
            }
        }
        IReadOnlyList<AddResult> added;
        try
        {
            added = await store.AddManyAsync(cases, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StoreUnavailableException)
        {
            var (first, last) = (run.New.Min(n => n.Line), run.New.Max(n => n.Line));
            run.Tally.NotWritten(run.New.Count, new ImportIssue(first, null, null,
                $"The cases on lines {first} to {last} could not be saved, so none of them was and the import stopped here. " +
                "The cases on earlier lines were imported: import the file again once the problem is put right, and they are left as they are."));
            return false;
        }
        run.Tally.Created -= added.Count(a => !a.Created);
        run.Tally.Unchanged += added.Count(a => !a.Created);
        run.New.Clear();
        return true;
    }

    /// <summary>The council's own words kept as written that aren't on its lists yet.</summary>
    private void NoteNewValues(ImportedCase read, CaseSnapshot snapshot, ImportTally tally)
    {
        if (read.Team is { } team && !vocabulary.Teams.Contains(team, StringComparer.OrdinalIgnoreCase))
            tally.New("team", read.Where.Of("team").Column, team);
        foreach (var (concern, i) in snapshot.Concerns.Select((c, i) => (c, i)).Where(c => !vocabulary.ConcernCategories.Contains(c.c.Category, StringComparer.OrdinalIgnoreCase)))
            tally.New("concern category", read.Where.Of($"concerns[{i}].category").Column, concern.Category);
        if (read.Compliment?.Category is { } category && !vocabulary.ComplimentCategories.Contains(category, StringComparer.OrdinalIgnoreCase))
            tally.New("compliment category", read.Where.Of("compliment.category").Column, category);
        if (read.Compliment?.Source is { } source && !ImportVocabulary.ComplimentSources.TryMap(source, out _))
            tally.New("compliment source (kept as written)", read.Where.Of("compliment.source").Column, source);
    }
}
