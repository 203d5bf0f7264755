using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Tests.UseCases.Fakes;

/// <summary>A store that keeps each case as its stored JSON (CaseJson, as every real store does), so every
/// read is a fresh copy and a change the service did not save cannot leak into the store. Versions and
/// intake keys behave as the ICaseStore contract says; the SQLite store is tested against that contract
/// in ComplaintsAssistant.Store.Tests.</summary>
internal sealed partial class InMemoryCaseStore : ICaseStore
{
    private sealed record Row(string Json, CaseIndex Index, int Version, string Reference);

    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Row> _rows = new();
    private readonly Dictionary<string, int> _sequences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Guid CaseId, DateTimeOffset At)> _claims = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public string StoredJson(Guid id) { lock (_gate) return _rows[id].Json; }

    public string StoredVersion(Guid id) { lock (_gate) return Version(_rows[id]); }

    public int Count { get { lock (_gate) return _rows.Count; } }

    public Task<int> NextSequenceAsync(string sequence, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_sequences[sequence] = _sequences.GetValueOrDefault(sequence) + 1);
    }

    public int SequenceValue(string sequence) { lock (_gate) return _sequences.GetValueOrDefault(sequence); }

    public Task<IntakeClaim> ClaimIntakeAsync(string intakeKey, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_rows.FirstOrDefault(r => r.Value.Index.IntakeKey == intakeKey) is { Value: not null } logged)
                return Task.FromResult(new IntakeClaim(logged.Key, Granted: false));
            if (_claims.TryGetValue(intakeKey, out var claim) && claim.At + IntakeClaim.AbandonedAfter > now)
                return Task.FromResult(new IntakeClaim(claim.CaseId, Granted: false));
            _claims[intakeKey] = (caseId, now);
            return Task.FromResult(new IntakeClaim(caseId, Granted: true));
        }
    }

    public Task<AddResult> AddAsync(Case newCase, CaseIndex index, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (index.IntakeKey is { } key && _rows.Values.FirstOrDefault(r => r.Index.IntakeKey == key) is { } existing)
                return Task.FromResult(new AddResult(Read(existing), Created: false));
            var row = new Row(CaseJson.Serialize(newCase), index, 1, newCase.Reference);
            _rows.Add(newCase.Id, row);
            Writes++;
            return Task.FromResult(new AddResult(Read(row), Created: true));
        }
    }

    public Task<Versioned<Case>?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        lock (_gate) return Task.FromResult(_rows.TryGetValue(id, out var row) ? Read(row) : null);
    }

    public Task<Versioned<Case>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) => Find(r => r.Reference == reference);

    public Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default) => Find(r => r.Index.IntakeKey == intakeKey);

    public Task<Result<string>> UpdateAsync(Case changed, CaseIndex index, string expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(changed.Id, out var row) || Version(row) != expectedVersion)
                return Task.FromResult<Result<string>>(DomainError.Conflict($"{changed.Reference} has changed since you read it: reload it and try again."));
            var next = new Row(CaseJson.Serialize(changed), index, row.Version + 1, row.Reference);
            _rows[changed.Id] = next;
            Writes++;
            return Task.FromResult<Result<string>>(Version(next));
        }
    }

    public Task<IReadOnlyList<CaseSummary>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<CaseSummary> found = _rows
                .Select(pair => (Id: pair.Key, Row: pair.Value, I: pair.Value.Index))
                .Where(x => query.Kind is not { } kind || x.I.Kind == kind)
                .Where(x => query.Status is not { } status || x.I.Status == status)
                .Where(x => !query.OpenOnly || x.I.Status.IsOpen())
                .Where(x => query.Owner is not { } owner || x.I.Owner == owner)
                .Where(x => query.Teams is not { } teams || teams.Contains(x.I.Team))
                .Where(x => query.ReceivedFrom is not { } from || x.I.ReceivedOn >= from)
                .Where(x => query.ReceivedTo is not { } to || x.I.ReceivedOn <= to)
                .Where(x => query.DueOnOrBefore is not { } due || (x.I.DueOn is { } d && d <= due))
                .OrderBy(x => x.I.DueOn is null).ThenBy(x => x.I.DueOn).ThenBy(x => x.Row.Reference, StringComparer.Ordinal)
                .Skip(query.Skip).Take(query.Take)
                .Select(x => new CaseSummary(x.Id, x.Row.Reference, x.I.Kind, x.I.Status, x.I.Team, x.I.Owner, x.I.ReceivedOn, x.I.Stage, x.I.DueOn, x.I.PromptOn))
                .ToArray();
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<PromptCandidate>> ListPromptCandidatesAsync(DateOnly onOrBefore, PromptCandidate? after, int take, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<PromptCandidate> found = _rows
                .Where(pair => pair.Value.Index.PromptOn is { } on && on <= onOrBefore)
                .Select(pair => new PromptCandidate(pair.Key, pair.Value.Reference, pair.Value.Index.PromptOn!.Value))
                .Where(c => after is null || c.PromptOn > after.PromptOn || (c.PromptOn == after.PromptOn && string.CompareOrdinal(c.Reference, after.Reference) > 0))
                .OrderBy(c => c.PromptOn).ThenBy(c => c.Reference, StringComparer.Ordinal)
                .Take(take)
                .ToList();
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<LearningActionEntry>> ListLearningActionsAsync(LearningQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<LearningActionEntry> found = _rows.Values
                .Select(r => CaseJson.Deserialize(r.Json))
                .SelectMany(c => c.LearningActions.Select(a => new LearningActionEntry(c.Id, c.Reference, c.Team, a)))
                .Where(e => !query.OpenOnly || e.Action.Status is Learning.LearningStatus.Open or Learning.LearningStatus.InProgress)
                .Where(e => query.Teams is not { } teams || teams.Contains(e.Team))
                .Where(e => query.Department is not { } department || e.Action.Department == department)
                .Where(e => query.Owner is not { } owner || e.Action.Owner == owner)
                .OrderBy(e => e.Action.TargetDate).ThenBy(e => e.CaseReference, StringComparer.Ordinal).ThenBy(e => e.Action.Number)
                .Take(query.Take)
                .ToArray();
            return Task.FromResult(found);
        }
    }

    private Task<Versioned<Case>?> Find(Func<Row, bool> match)
    {
        lock (_gate) return Task.FromResult(_rows.Values.FirstOrDefault(match) is { } row ? Read(row) : null);
    }

    private static Versioned<Case> Read(Row row) => new(CaseJson.Deserialize(row.Json), Version(row));

    private static string Version(Row row) => row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
