using System.Text;
using ComplaintsAssistant.Core.Import;

namespace ComplaintsAssistant.Core.Tests.Import;

public sealed class CsvReaderTests
{
    private static string Header => string.Join(',', CsvColumns.All);

    /// <summary>A row of a statutory complaint: the case's columns, then the stage's.</summary>
    private static string Row(string reference, int stage, string opened, string responded, string outcome, string team = "Fostering") =>
        $"{reference},statutory_complaint,2024-04-02,email,parent,false,,{team},Lack of communication;Delay,{stage},{opened},,,{responded},{outcome}," +
        $"Lack of communication=upheld;Delay=not_upheld,apology,5-9,male,White: British,none,,,,,";

    private static IReadOnlyList<ReadRecord> Read(string text) => new CsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToArray();

    [Fact]
    public void RowsOfOneCaseAnywhereInTheFileMakeOneCaseWithItsStagesInOrder()
    {
        var records = Read($"{Header}\n{Row("A", 2, "2024-05-01", "2024-06-01", "upheld")}\n{Row("B", 1, "2024-04-03", "2024-04-10", "upheld")}\n{Row("A", 1, "2024-04-02", "2024-04-12", "not_upheld")}\n");

        Assert.Equal(["A", "B"], records.Select(r => r.Reference));
        var a = records[0].Case!;
        Assert.Equal([1, 2], a.Stages.Select(s => s.Stage));
        Assert.Equal(new DateOnly(2024, 4, 12), a.Stages[0].Responded);
        Assert.Equal([("Lack of communication", "upheld"), ("Delay", "not_upheld")], a.Concerns.Select(c => (c.Category, c.Outcome!)));
        Assert.Equal((4, "stage_opened"), a.Where.Of("stages[0].opened"));
    }

    [Fact]
    public void ACaseWhoseRowsDisagreeIsRefusedNamingTheLineAndColumn()
    {
        var record = Read($"{Header}\n{Row("A", 1, "2024-04-02", "2024-04-12", "not_upheld")}\n{Row("A", 2, "2024-05-01", "", "", team: "Adoption")}\n").Single();

        Assert.Null(record.Case);
        var issue = record.Issues.Single();
        Assert.Equal((3, "team", "Adoption"), (issue.Line, issue.Column, issue.Value));
    }

    [Fact]
    public void TheSameStageTwiceIsRefused()
    {
        var record = Read($"{Header}\n{Row("A", 1, "2024-04-02", "2024-04-12", "upheld")}\n{Row("A", 1, "2024-04-02", "2024-04-12", "upheld")}\n").Single();

        Assert.Contains(record.Issues, i => i.Line == 3 && i.Reason.Contains("appears twice"));
    }

    [Theory]
    [InlineData("reference,kind", 3, "received")]
    [InlineData("ref,kind", 1, "reference")]
    public void AHeaderThatIsNotTheDocumentedOneIsRefusedSayingWhichColumn(string header, int column, string expected)
    {
        var refused = Assert.Throws<ImportFileRefusedException>(() => Read(header + "\n"));

        Assert.Contains($"column {column}", refused.Issue.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"must be '{expected}'", refused.Issue.Reason);
    }

    [Fact]
    public void ARowWithTooFewColumnsIsRefusedAndTheRestAreRead()
    {
        var records = Read($"{Header}\nX,compliment,2024-04-02\n{Row("B", 1, "2024-04-03", "2024-04-10", "upheld")}\n");

        Assert.Equal((2, true), (records[0].Line, records[0].Issues.Single().Reason.Contains("has 3 columns")));
        Assert.NotNull(records[1].Case);
    }

    [Fact]
    public void ADateNotWrittenAsTheFormatSaysIsRefusedWithItsColumn()
    {
        var record = Read($"{Header}\n{Row("A", 1, "02/04/2024", "2024-04-12", "upheld")}\n").Single();

        Assert.Equal(("stage_opened", "02/04/2024"), (record.Issues[0].Column, record.Issues[0].Value));
    }
}
