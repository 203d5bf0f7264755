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

    [Theory]
    [InlineData(null, null)]
    [InlineData("yearEnd", "2026-03-31")]
    [InlineData("2026-04-30", "2026-04-30")]
    public void TheStatusIsAsAtTheYearEndADayOrToday(string? text, string? day) =>
        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            ReportYear.ParseAsAt(text, ReportingPeriod.FinancialYear(2025)).Value);

    [Theory]
    [InlineData("31/03/2026", "date-format")]
    [InlineData("2025-03-31", "as-at-before-year")]
    public void AStatusDateItCannotUseIsRefusedNamingTheField(string text, string rule)
    {
        var error = ReportYear.ParseAsAt(text, ReportingPeriod.FinancialYear(2025)).Error!;
        Assert.Equal(("asAt", rule), (error.Field, error.Rule));
    }
}
