using System.Text;
using ComplaintsAssistant.Core.Import;

namespace ComplaintsAssistant.Core.Tests.Import;

public sealed class Utf8LinesTests
{
    [Fact]
    public void AFileInLatin1IsRefusedNamingTheFirstLineThatIsNotUtf8()
    {
        var latin1 = Encoding.Latin1.GetBytes("reference,team\nA,Fostering\nB,Équipe\nC,Bébé\n");

        var refused = Assert.Throws<ImportFileRefusedException>(() => Utf8Lines.Read(new MemoryStream(latin1)).ToArray());

        Assert.Equal(3, refused.Issue.Line);
        Assert.Contains("byte 0xC9 at character 3", refused.Issue.Reason);
    }

    [Fact]
    public void Utf8WithAccentsAndWithoutAFinalLineBreakIsRead()
    {
        var lines = Utf8Lines.Read(new MemoryStream(Encoding.UTF8.GetBytes("Siân\r\nZoë"))).ToArray();

        Assert.Equal([(1, "Siân"), (2, "Zoë")], lines);
    }
}
