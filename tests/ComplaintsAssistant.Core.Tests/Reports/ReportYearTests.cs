using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Reports;

namespace ComplaintsAssistant.Core.Tests.Reports;

public class ReportYearTests
{
    [Theory]
    [InlineData("2025-26")]
    [InlineData("2025/26")]
    [InlineData(" 2025-26 ")]
    public void AFinancialYearIsWrittenEitherWay(string text) =>
        Assert.Equal(ReportingPeriod.FinancialYear(2025), ReportYear.Parse(text).Value);

    [Theory]
    [InlineData(null, "Give the financial year as 2025-26 (1 April 2025 to 31 March 2026).")]
    [InlineData("2025", "Give the financial year as 2025-26 (1 April 2025 to 31 March 2026).")]
    [InlineData("2025-27", "A financial year runs from April to the next March: 2025-26, not 2025-27.")]
    public void AnythingElseSaysHowToWriteIt(string? text, string message)
    {
        var error = ReportYear.Parse(text).Error!;
        Assert.Equal(("year", message), (error.Field, error.Message));
    }
}
