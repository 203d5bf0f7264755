using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Prompts;

/// <summary>When the manager directory (Microsoft Graph) can't be asked, the escalation is not lost: it is recorded as
/// undelivered with why and sent once the directory answers.</summary>
public sealed class EscalationLookupTests : IDisposable
{
    private static readonly ClockRules Rules = ClockRules.Default;
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-escalation-").FullName;
    private readonly SqliteCaseStore _store;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero));

    public EscalationLookupTests() => _store = SqliteCaseStore.Open(Path.Combine(_folder, "escalation.db"));

    [Fact]
    public async Task An_escalation_whose_manager_could_not_be_looked_up_is_recorded_with_why_and_sent_when_the_directory_answers()
    {
        // Received Thursday 2 April: the acknowledgement was due Thursday 9 April; on Wednesday 15 April it is 4 working days overdue.
        var logged = Case.Log(new NewCase(CaseKind.InformalRepresentation, new DateOnly(2026, 4, 2), HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"]), "IR-2026-0001", Guid.NewGuid(), "officer-1", _time.GetUtcNow(), Rules).Value;
        await _store.AddAsync(logged, CaseIndex.Of(logged, Rules));
        _time.SetUtcNow(new DateTimeOffset(2026, 4, 15, 9, 0, 0, TimeSpan.Zero));
        var directory = new FlakyDirectory();
        var sender = new RecordingSender(_time);
        var scheduler = new PromptScheduler(_store, new PromptPlanner(PromptSettings.Default, Rules), new PromptClaims(_store, "host-a", TimeSpan.FromMinutes(5)),
            sender, directory, Rules.Calendar, _time);

        var down = await scheduler.RunAsync();

        var (prompt, why) = Assert.Single(down.Undelivered);
        Assert.Equal((PromptAudience.Manager, "Graph is down"), (prompt.Audience, why));
        var kept = Assert.Single(await _store.ListUnsentPromptsAsync(10));
        Assert.Equal((PromptState.Undelivered, "Graph is down"), (kept.State, kept.LastFailure));

        directory.Up = true;
        _time.Advance(TimeSpan.FromMinutes(15));
        var up = await scheduler.RunAsync();

        Assert.Equal(PromptAudience.Manager, Assert.Single(up.Sent).Audience);
        Assert.Equal("head-1", Assert.Single(sender.Delivered, s => s.Threshold == "escalated").Recipient);
        Assert.Empty(await _store.ListUnsentPromptsAsync(10));
    }

    private sealed class FlakyDirectory : IManagerDirectory
    {
        public bool Up { get; set; }

        public Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken = default) =>
            Up ? Task.FromResult<string?>("head-1") : throw new ManagerLookupFailed("Graph is down");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
