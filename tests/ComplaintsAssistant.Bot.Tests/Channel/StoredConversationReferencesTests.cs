using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>Conversation references survive a restart (kept in the case store), cost a write only when they change,
/// and are written behind the ack: saving never waits for the store, and shutdown flushes what is queued.</summary>
public sealed class StoredConversationReferencesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-refs-").FullName;

    private static ConversationReference Personal(string serviceUrl = "https://smba.trafficmanager.net/uk/") => new(
        serviceUrl, "msteams", new ConversationRef("a:1personal", "tenant-1", "personal"), new UserRef("29:user-1", "aad-user-1"), new BotRef("28:bot"));

    private static StoredConversationReferences Over(IConversationStore store) => new(() => store, NullLogger<StoredConversationReferences>.Instance);

    [Fact]
    public async Task AReferenceSavedBeforeARestartIsFoundAfterIt()
    {
        var path = Path.Combine(_folder, "cases.db");
        var before = Over(SqliteCaseStore.Open(path));
        await before.StartAsync(CancellationToken.None);
        await before.SaveAsync(Personal(), CancellationToken.None);
        await before.StopAsync(CancellationToken.None); // shutdown flushes the queue

        var afterRestart = Over(SqliteCaseStore.Open(path));

        Assert.Equal(Personal(), await afterRestart.FindByUserObjectIdAsync("aad-user-1", CancellationToken.None));
        Assert.Equal(Personal(), await afterRestart.FindByChannelUserIdAsync("29:user-1", CancellationToken.None));
        Assert.Null(await afterRestart.FindByUserObjectIdAsync("someone-else", CancellationToken.None));
    }

    [Fact]
    public async Task TheSameReferenceAgainIsNotWrittenAgainButAChangedOneIs()
    {
        var store = new ScriptedStore(SqliteCaseStore.Open(Path.Combine(_folder, "count.db")));
        var references = Over(store);
        await references.StartAsync(CancellationToken.None);

        for (var i = 0; i < 5; i++) await references.SaveAsync(Personal(), CancellationToken.None);
        await references.SaveAsync(Personal("https://smba.trafficmanager.net/emea/"), CancellationToken.None);
        await references.StopAsync(CancellationToken.None);

        // One write per key (user id and Entra object id) for the first reference, and again for the changed one.
        Assert.Equal(4, store.Writes);
    }

    [Fact]
    public async Task SavingDoesNotWaitForTheStoreAndTheReferenceIsFoundAtOnce()
    {
        var store = new ScriptedStore(SqliteCaseStore.Open(Path.Combine(_folder, "slow.db"))) { Gate = new TaskCompletionSource() };
        var references = Over(store);
        await references.StartAsync(CancellationToken.None);

        await references.SaveAsync(Personal(), CancellationToken.None).AsTask().WithinHangLimit();

        Assert.Equal(Personal(), await references.FindByUserObjectIdAsync("aad-user-1", CancellationToken.None));
        store.Gate.SetResult();
        await references.StopAsync(CancellationToken.None);
        Assert.Equal(2, store.Writes);
    }

    [Fact]
    public async Task AFailedWriteIsTriedAgainOnTheUsersNextMessage()
    {
        var store = new ScriptedStore(SqliteCaseStore.Open(Path.Combine(_folder, "fail.db"))) { FailNext = 2 };
        var first = Over(store);
        await first.StartAsync(CancellationToken.None);
        await first.SaveAsync(Personal(), CancellationToken.None);
        await first.StopAsync(CancellationToken.None);

        var second = Over(store);
        await second.StartAsync(CancellationToken.None);
        await second.SaveAsync(Personal(), CancellationToken.None);
        await second.StopAsync(CancellationToken.None);

        Assert.Equal(Personal(), await Over(store).FindByUserObjectIdAsync("aad-user-1", CancellationToken.None));
    }

    /// <summary>Counts writes; can hold them back or fail them.</summary>
    private sealed class ScriptedStore(IConversationStore inner) : IConversationStore
    {
        public int Writes { get; private set; }
        public TaskCompletionSource? Gate { get; init; }
        public int FailNext { get; set; }

        public async Task SaveAsync(string userKey, string reference, CancellationToken cancellationToken = default)
        {
            if (Gate is not null) await Gate.Task;
            if (FailNext > 0)
            {
                FailNext--;
                throw new IOException("disk unavailable");
            }
            Writes++;
            await inner.SaveAsync(userKey, reference, cancellationToken);
        }

        public Task<string?> GetAsync(string userKey, CancellationToken cancellationToken = default) => inner.GetAsync(userKey, cancellationToken);

        public Task<bool> AddIfAbsentAsync(string key, string value, CancellationToken cancellationToken = default) =>
            inner.AddIfAbsentAsync(key, value, cancellationToken);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
