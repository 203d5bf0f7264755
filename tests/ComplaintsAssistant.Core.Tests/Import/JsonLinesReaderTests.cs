using System.Text;
using ComplaintsAssistant.Core.Import;

namespace ComplaintsAssistant.Core.Tests.Import;

public sealed class JsonLinesReaderTests
{
    private const string Complete = """{"reference":"A-1","kind":"statutory_complaint","received":"2024-04-02","received_via":"email","complainant":{"name":"Jo Bloggs","relationship":"grandparent"},"child_complained":false,"advocate":null,"team":"Fostering","concerns":[{"category":"Delay","outcome":"upheld"}],"stages":[{"stage":1,"opened":"2024-04-02","due":"2024-04-17","extended_due":null,"responded":"2024-04-15","outcome":"upheld","resolutions":["apology"],"handled_by":"Team manager","panel_held":null}],"escalation_requests":[{"to_stage":2,"requested":"2024-04-22","assessed_by":"Complaints manager","adr":{"method":"meeting","completed":"2024-04-30","resolved":true,"note":"Agreed a plan"},"progressed":false}],"response":null,"children":[],"costs":[],"compensation":[],"compliment":null,"member_enquiry":null,"ombudsman":null,"related_reference":null}""";

    private static IReadOnlyList<ReadRecord> Read(string text) => new JsonLinesReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToArray();

    [Fact]
    public void ACompleteRecordIsReadWithEveryKey()
    {
        var read = Read(Complete + "\n").Single().Case!;

        Assert.Equal(("A-1", "Jo Bloggs", "grandparent", "Team manager"), (read.Reference, read.Complainant!.Name, read.Complainant.Relationship, read.Stages[0].HandledBy));
        var request = read.EscalationRequests.Single();
        Assert.Equal((2, false, "meeting", true), (request.ToStage, request.Progressed, request.Adr!.Method, request.Adr.Resolved));
    }

    [Fact]
    public void ALineThatIsNotJsonIsRefusedAndTheNextIsRead()
    {
        var records = Read($"{{\"reference\": \"A\",\n{Complete}\n");

        Assert.Equal(1, records[0].Issues.Single().Line);
        Assert.NotNull(records[1].Case);
    }

    [Fact]
    public void AValueOfTheWrongTypeIsRefusedNamingItsKey()
    {
        var record = Read(Complete.Replace("\"stage\":1", "\"stage\":\"one\"")).Single();

        Assert.Equal(("stages[0].stage", "\"one\""), (record.Issues.Single().Column, record.Issues.Single().Value));
    }

    [Fact]
    public void AKeyTheFormatDoesNotHaveIsReportedAndTheCaseStillRead()
    {
        var record = Read(Complete.Replace("\"related_reference\":null", "\"related_reference\":null,\"priority\":\"high\"")).Single();

        Assert.NotNull(record.Case);
        Assert.Equal("priority", record.Issues.Single().Column);
    }
}
