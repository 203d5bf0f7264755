using ComplaintsAssistant.Bot.Channel.References;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Store.Sqlite;

namespace ComplaintsAssistant.Bot.Tests.Channel;

/// <summary>Conversation references survive a restart (kept in the case store) and cost a write only when they change.</summary>
public sealed class StoredConversationReferencesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-refs-").FullName;

    private static ConversationReference Personal(string serviceUrl = "https://smba.trafficmanager.net/uk/") => new(
        serviceUrl, "msteams", new ConversationRef("a:1personal", "tenant-1", "personal"), new UserRef("29:user-1", "aad-user-1"), new BotRef("28:bot"));

    [Fact]
    public async Task AReferenceSavedBeforeARestartIsFoundAfterIt()
    {
        var path = Path.Combine(_folder, "cases.db");
        await new StoredConversationReferences(SqliteCaseStore.Open(path)).SaveAsync(Personal(), CancellationToken.None);

        var afterRestart = new StoredConversationReferences(SqliteCaseStore.Open(path));

        Assert.Equal(Personal(), await afterRestart.FindByUserObjectIdAsync("aad-user-1", CancellationToken.None));
        Assert.Equal(Personal(), await afterRestart.FindByChannelUserIdAsync("29:user-1", CancellationToken.None));
        Assert.Null(await afterRestart.FindByUserObjectIdAsync("someone-else", CancellationToken.None));
    }

    [Fact]
    public async Task TheSameReferenceAgainIsNotWrittenAgainButAChangedOneIs()
    {
        var store = new CountingStore(SqliteCaseStore.Open(Path.Combine(_folder, "count.db")));
        var references = new StoredConversationReferences(store);

        for (var i = 0; i < 5; i++) await references.SaveAsync(Personal(), CancellationToken.None);
        Assert.Equal(2, store.Writes); // one per key: the user id and the Entra object id

        await references.SaveAsync(Personal("https://smba.trafficmanager.net/emea/"), CancellationToken.None);
        Assert.Equal(4, store.Writes);
    }

    private sealed class CountingStore(IConversationStore inner) : IConversationStore
    {
        public int Writes { get; private set; }

        public Task SaveAsync(string userKey, string reference, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.SaveAsync(userKey, reference, cancellationToken);
        }

        public Task<string?> GetAsync(string userKey, CancellationToken cancellationToken = default) => inner.GetAsync(userKey, cancellationToken);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
