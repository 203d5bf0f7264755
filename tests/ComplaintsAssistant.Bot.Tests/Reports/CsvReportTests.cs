using System.Text;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Reports.Rendering.Csv;

namespace ComplaintsAssistant.Bot.Tests.Reports;

public class CsvReportTests
{
    [Fact]
    public void ATablesCsvIsItsHeaderRowThenItsRowsWithCountsAsPlainNumbers()
    {
        var table = new ReportTable("statutory.complaints.by_team", "Complaints by team", ["Breakdown", "2025/26", "Change on 2024/25"],
            [new ReportRow("Children in Care, North", ["1,379", "up 1,002"]), new ReportRow("=Total", ["fewer than 5", ""])]);

        var text = Encoding.UTF8.GetString(CsvReport.Table(table)[3..]);

        Assert.Equal("Breakdown,2025/26,Change on 2024/25\r\n\"Children in Care, North\",1379,\"up 1,002\"\r\n'=Total,fewer than 5,\r\n", text);
    }
}
