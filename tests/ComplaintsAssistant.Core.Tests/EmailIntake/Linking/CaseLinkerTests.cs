using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake.Linking;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Linking;

public class CaseLinkerTests
{
    [Theory]
    [InlineData("RE: Your complaint CC-2026-0012", "CC-2026-0012")]
    [InlineData("Re: re: me-2026-0031 update", "ME-2026-0031")]
    [InlineData("FW: LG-2025-0004 / CP-2026-0100", "LG-2025-0004,CP-2026-0100")]
    [InlineData("Complaint about XCC-2026-0012X", "")]
    [InlineData("Ref AB-2026-0001", "")]
    public void ReferencesInFindsOurReferencesOnly(string subject, string expected)
    {
        Assert.Equal(expected, string.Join(",", CaseLinker.ReferencesIn(subject)));
    }

    [Theory]
    [InlineData("CC-2026-0012", CaseKind.StatutoryComplaint)]
    [InlineData("ME-2026-0031", CaseKind.MemberEnquiry)]
    [InlineData("LG-2026-0001", CaseKind.OmbudsmanEnquiry)]
    public void KindOfReadsThePrefix(string reference, CaseKind kind)
    {
        Assert.Equal(kind, CaseLinker.KindOf(reference));
    }
}
