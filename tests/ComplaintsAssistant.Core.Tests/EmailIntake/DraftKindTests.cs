using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake;

namespace ComplaintsAssistant.Core.Tests.EmailIntake;

public class DraftKindTests
{
    // DraftKind mirrors CaseKind value for value, plus NotACase: a kind added to one and not the other breaks this.
    [Fact]
    public void ToDraftKindAndBackKeepEveryCaseKind()
    {
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            Assert.Equal(kind.ToString(), kind.ToDraftKind().ToString());
            Assert.Equal(kind, kind.ToDraftKind().ToCaseKind());
        }
        Assert.Null(DraftKind.NotACase.ToCaseKind());
        Assert.Equal(Enum.GetValues<CaseKind>().Length + 1, Enum.GetValues<DraftKind>().Length);
    }
}
