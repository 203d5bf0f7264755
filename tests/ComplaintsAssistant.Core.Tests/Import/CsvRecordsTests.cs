using ComplaintsAssistant.Core.Import;

namespace ComplaintsAssistant.Core.Tests.Import;

public sealed class CsvRecordsTests
{
    private static IReadOnlyList<CsvRow> Rows(string text) =>
        CsvRecords.Read(Utf8Lines.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))).ToArray();

    [Theory]
    [InlineData("a,b,c\n", new[] { "a", "b", "c" })]
    [InlineData("a,\"b,c\",d\r\n", new[] { "a", "b,c", "d" })]
    [InlineData("\"say \"\"hello\"\"\",x\n", new[] { "say \"hello\"", "x" })]
    [InlineData("a,,\n", new[] { "a", "", "" })]
    [InlineData("\"\",b", new[] { "", "b" })]
    [InlineData("5'10\" tall,b\n", new[] { "5'10\" tall", "b" })]
    public void FieldsAreSplitAsRfc4180Says(string text, string[] fields) =>
        Assert.Equal(fields, Rows(text).Single().Fields);

    [Fact]
    public void AQuotedLineBreakStaysInTheValueAndTheRowKeepsTheLineItStartedOn()
    {
        var rows = Rows("h1,h2\r\n\"first\r\nsecond\",x\r\nnext,y\r\n");

        Assert.Equal([(1, "h1"), (2, "first\nsecond"), (4, "next")], rows.Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheFirstValue() =>
        Assert.Equal("reference", Rows("\uFEFFreference,kind\n").Single().Fields[0]);

    [Fact]
    public void BlankLinesAreSkipped() => Assert.Equal(2, Rows("a\n\nb\n\n").Count);

    [Fact]
    public void AQuoteNeverClosedIsReportedOnTheLineItOpened()
    {
        var rows = Rows("a,b\n\"open,b\nc,d\n");

        Assert.Equal((2, true), (rows[^1].Line, rows[^1].Broken!.Contains("never closed")));
    }

    [Fact]
    public void TextAfterAClosingQuoteIsReported() =>
        Assert.Contains("after its closing quote", Rows("\"a\"b,c\n").Single().Broken);
}
