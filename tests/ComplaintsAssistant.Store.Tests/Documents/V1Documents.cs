namespace ComplaintsAssistant.Store.Tests.Documents;

/// <summary>The committed version 1 documents: <see cref="RichCases"/> as serialised by the release before documents
/// carried a schemaVersion (commit 98bb395). Never regenerate them: they stand for cases already stored.</summary>
internal static class V1Documents
{
    public static string Of(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "v1", name + ".json")).TrimEnd();

    public static TheoryData<string> Names => [.. RichCases.All.Keys];
}
