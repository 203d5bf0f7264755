using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Store.Tests.Contract;

namespace ComplaintsAssistant.Store.Tests.Emails;

/// <summary>The email store contract on local files, in a folder of the test's own.</summary>
public sealed class LocalEmailStoreTests : EmailStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-emails-").FullName;

    protected override Task<IEmailStore> NewStoreAsync() => Task.FromResult<IEmailStore>(new LocalEmailStore(_folder));

    [Fact]
    public async Task NoHalfWrittenFileIsLeftBehind()
    {
        var store = new LocalEmailStore(_folder);
        var email = "From: a@example.com\r\n\r\nHello\r\n"u8.ToArray();
        var caseId = Guid.NewGuid();

        await store.PutAsync(caseId, EmailName.Of(email), email);

        Assert.Equal([EmailName.Of(email)], Directory.GetFiles(Path.Combine(_folder, caseId.ToString("N"))).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
