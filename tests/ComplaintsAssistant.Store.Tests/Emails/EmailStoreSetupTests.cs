using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Store.Emails;

namespace ComplaintsAssistant.Store.Tests.Emails;

/// <summary><c>Blobs:Kind</c> picks the email store: local files by default, Azure Blob Storage when asked (built in a method of
/// its own so a local host never loads the Azure SDK), and a setting that can't work stops the host naming its key.</summary>
public sealed class EmailStoreSetupTests
{
    private static IEmailStore Open(params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Key, s => s.Value);
        return EmailStoreSetup.Open(key => values.GetValueOrDefault(key), Path.Combine(Path.GetTempPath(), "ca-emails-unused"));
    }

    [Fact]
    public void WithoutSettingsEmailsAreKeptInLocalFiles() => Assert.IsType<LocalEmailStore>(Open());

    [Fact]
    public void AzureIsReachedAtTheAccountsBlobEndpoint() =>
        Assert.IsType<AzureEmailStore>(Open(("Blobs:Kind", "Azure"), ("Blobs:Azure:ServiceUri", "https://council.blob.core.windows.net/")));

    [Theory]
    [InlineData("Azure", "http://council.blob.core.windows.net/", "Blobs:Azure:ServiceUri")]
    [InlineData("Floppy", "", "Blobs:Kind")]
    public void ASettingThatCantWorkNamesItsKey(string kind, string uri, string key) =>
        Assert.Contains(key, Assert.Throws<InvalidOperationException>(() => Open(("Blobs:Kind", kind), ("Blobs:Azure:ServiceUri", uri))).Message);
}
