using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Reports.Lgsco;

namespace ComplaintsAssistant.Core.Tests.Reports;

public class AnnualReportLayoutTests
{
    [Fact]
    public void EveryFigureTheEngineComputesHasItsPlaceInAReport()
    {
        // Corporate complaints' figures go in the Code report, the rest in the annual report.
        var shown = AnnualReportLayout.Sections.SelectMany(s => s.FigureIds).Concat(LgscoReport.PerformanceFigureIds).ToHashSet();
        Assert.All(FigureCatalogue.All, figure => Assert.Contains(figure.Id, shown));
    }

    [Fact]
    public void EverySectionAsksForItsNarrativeAndHasAUniqueId()
    {
        Assert.All(AnnualReportLayout.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Prompt)));
        Assert.Equal(AnnualReportLayout.Sections.Count, AnnualReportLayout.Sections.Select(s => s.Id).Distinct().Count());
    }
}
