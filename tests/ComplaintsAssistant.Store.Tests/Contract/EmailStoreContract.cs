using System.Text;
using ComplaintsAssistant.Core.EmailIntake.Keeping;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every email store does, run on local files and on Azure Blob Storage (Azurite): an email kept is read back
/// byte for byte, under its case only; keeping it again changes nothing; names that aren't email names are refused.</summary>
public abstract class EmailStoreContract
{
    protected abstract Task<IEmailStore> NewStoreAsync();

    private static byte[] Email(string subject) => Encoding.UTF8.GetBytes(
        $"From: A Parent <parent@example.com>\r\nSubject: {subject}\r\nMessage-ID: <{Guid.NewGuid():N}@example.com>\r\n\r\nI want to complain.\r\n");

    [Fact]
    public async Task AKeptEmailIsReadBackWholeUnderItsCaseOnly()
    {
        var store = await NewStoreAsync();
        var (caseId, other) = (Guid.NewGuid(), Guid.NewGuid());
        var email = Email("Complaint");
        var name = EmailName.Of(email);

        await store.PutAsync(caseId, name, email);

        Assert.Equal(email, await store.ReadAsync(caseId, name));
        Assert.Equal([new KeptEmail(name, email.Length)], await store.ListAsync(caseId));
        Assert.Null(await store.ReadAsync(other, name));
        Assert.Empty(await store.ListAsync(other));
    }

    [Fact]
    public async Task KeepingTheSameEmailAgainChangesNothing()
    {
        var store = await NewStoreAsync();
        var caseId = Guid.NewGuid();
        var email = Email("Complaint");
        var name = EmailName.Of(email);

        await store.PutAsync(caseId, name, email);
        await store.PutAsync(caseId, name, email);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.PutAsync(caseId, name, email)));

        Assert.Single(await store.ListAsync(caseId));
        Assert.Equal(email, await store.ReadAsync(caseId, name));
    }

    [Fact]
    public async Task ACaseKeepsEveryEmailThatBelongsToIt()
    {
        var store = await NewStoreAsync();
        var caseId = Guid.NewGuid();
        var emails = new[] { Email("Complaint"), Email("Re: Your complaint"), Email("Re: Re: Your complaint") };

        foreach (var email in emails) await store.PutAsync(caseId, EmailName.Of(email), email);

        Assert.Equal(emails.Select(e => EmailName.Of(e)).Order(StringComparer.Ordinal), (await store.ListAsync(caseId)).Select(k => k.Name));
    }

    [Fact]
    public async Task ALargeEmailIsKeptWhole()
    {
        var store = await NewStoreAsync();
        var caseId = Guid.NewGuid();
        var email = new byte[9 * 1024 * 1024];
        new Random(16).NextBytes(email);
        var name = EmailName.Of(email);

        await store.PutAsync(caseId, name, email);

        Assert.Equal(email, await store.ReadAsync(caseId, name));
    }

    [Theory]
    [InlineData("../escape.eml")]
    [InlineData("complaint.eml")]
    [InlineData("")]
    public async Task ANameThatIsNotAnEmailNameIsRefused(string name)
    {
        var store = await NewStoreAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(Guid.NewGuid(), name, Email("x")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(Guid.NewGuid(), name));
    }
}
