using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Hosting;

/// <summary>Applying a bank holiday file at start-up outlasts a store that is down at that moment: it tries again with
/// backoff on the host's clock until the store answers, and then re-times the open cases.</summary>
public sealed class DueDateRefreshTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-refresh-").FullName;

    [Fact]
    public async Task A_store_down_at_start_up_is_tried_again_with_backoff_until_it_answers()
    {
        var sqlite = SqliteCaseStore.Open(Path.Combine(_folder, "cases.db"));
        // Received Monday 1 June 2026: acknowledgement due Thursday 4 June, response Monday 15 June.
        var input = new NewCase(CaseKind.StatutoryComplaint, new DateOnly(2026, 6, 1), HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"]);
        var logged = Case.Log(input, "CC-2026-0001", Guid.NewGuid(), "officer-1", new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero), ClockRules.Default).Value;
        await sqlite.AddAsync(logged, CaseIndex.Of(logged, ClockRules.Default));

        var file = Path.Combine(_folder, "bank-holidays.json");
        await File.WriteAllTextAsync(file, """
            { "england-and-wales": { "division": "england-and-wales", "events": [
              { "title": "A declared day", "date": "2026-06-03", "notes": "", "bunting": true } ] } }
            """);
        var council = new CouncilOptions { BankHolidaysFile = file };
        var store = new DownForFirst(2, sqlite);
        var time = new SignallingClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton(new CaseService(store, CouncilSetup.Rules(council), CouncilVocabulary.Default, new NobodyListed(), sqlite, time))
            .BuildServiceProvider();
        using var refresh = new DueDateRefresh(services, Options.Create(council), time, NullLogger<DueDateRefresh>.Instance);

        await refresh.StartAsync(CancellationToken.None);
        await time.NextWait().WithinHangLimit();
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(1, store.Attempts);
        time.Advance(TimeSpan.FromSeconds(1));
        await time.NextWait().WithinHangLimit();
        Assert.Equal(2, store.Attempts);
        time.Advance(TimeSpan.FromSeconds(10));
        await refresh.ExecuteTask!.WithinHangLimit();

        Assert.Equal(3, store.Attempts);
        var row = Assert.Single(await sqlite.ListAsync(new CaseQuery(OpenOnly: true)));
        Assert.Equal((new DateOnly(2026, 6, 16), new DateOnly(2026, 6, 5)), (row.DueOn, row.PromptOn));
    }

    [Fact]
    public void The_wait_doubles_from_5_seconds_to_at_most_5_minutes()
    {
        Assert.Equal([5, 10, 20, 40, 80, 160, 300, 300], Enumerable.Range(1, 8).Select(a => DueDateRefresh.Wait(a).TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(5), DueDateRefresh.Wait(100));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A clock that says when something starts waiting on it, so the test moves time only once the wait is set.</summary>
    private sealed class SignallingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private readonly SemaphoreSlim _waits = new(0);

        public Task NextWait() => _waits.WaitAsync();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _waits.Release();
            return timer;
        }
    }

    /// <summary>The case store, unreachable for its first <paramref name="outages"/> lists, as the host's store says so.</summary>
    private sealed class DownForFirst(int outages, ICaseStore store) : ICaseStore
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        public Task<IReadOnlyList<CaseSummary>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _attempts) <= outages
                ? Task.FromException<IReadOnlyList<CaseSummary>>(new StoreUnavailableException(new TimeoutException()))
                : store.ListAsync(query, cancellationToken);

        public Task<int> NextSequenceAsync(string sequence, CancellationToken cancellationToken = default) => store.NextSequenceAsync(sequence, cancellationToken);
        public Task<IntakeClaim> ClaimIntakeAsync(string intakeKey, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default) => store.ClaimIntakeAsync(intakeKey, caseId, now, cancellationToken);
        public Task<AddResult> AddAsync(Case newCase, CaseIndex index, CancellationToken cancellationToken = default) => store.AddAsync(newCase, index, cancellationToken);
        public Task<Versioned<Case>?> GetAsync(Guid id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);
        public Task<Versioned<Case>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) => store.FindByReferenceAsync(reference, cancellationToken);
        public Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default) => store.FindByIntakeKeyAsync(intakeKey, cancellationToken);
        public Task<Result<string>> UpdateAsync(Case changed, CaseIndex index, string expectedVersion, CancellationToken cancellationToken = default) => store.UpdateAsync(changed, index, expectedVersion, cancellationToken);
        public Task<IReadOnlyList<PromptCandidate>> ListPromptCandidatesAsync(DateOnly onOrBefore, PromptCandidate? after, int take, CancellationToken cancellationToken = default) => store.ListPromptCandidatesAsync(onOrBefore, after, take, cancellationToken);
        public Task<IReadOnlyList<LearningActionEntry>> ListLearningActionsAsync(LearningQuery query, CancellationToken cancellationToken = default) => store.ListLearningActionsAsync(query, cancellationToken);
    }

    private sealed class NobodyListed : Core.Owners.IPeopleDirectory
    {
        public Task<Core.Access.Actor?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult<Core.Access.Actor?>(null);

        public Core.Owners.KnownPeople Known { get; } = new([], []);
    }
}
