using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>The annual report the 2006 Regulations require, for a financial year: every section of <see cref="AnnualReportLayout"/>
/// with its narrative placeholder, each figure the engine computes for three years side by side, and the learning action
/// plan. From the same numbers the chat gives (<see cref="FiguresService"/>), so small numbers are hidden the same way.</summary>
public sealed class AnnualReport(FiguresService figures, ICaseStore store)
{
    /// <param name="asAt">Status as at this day (the year end, usually): a complaint answered after it is reported open,
    /// an escalation after it not counted; null for the status today.</param>
    public async Task<Result<ReportDocument>> WriteAsync(Actor actor, ReportingPeriod year, CancellationToken cancellationToken = default, DateOnly? asAt = null)
    {
        if (ReportAccess.Refusal(actor) is { } refusal) return refusal;
        var sections = new List<ReportSection>();
        foreach (var layout in AnnualReportLayout.Sections)
        {
            List<ReportBlock> blocks = [new Narrative(layout.Prompt)];
            blocks.AddRange(await ReportSources.TablesAsync(figures, actor, year, layout.FigureIds, cancellationToken, asAt));
            if (layout.Id == AnnualReportLayout.ComplimentsSection) blocks.AddRange(ComplimentQuotes);
            if (layout.Id == AnnualReportLayout.LearningSection)
            {
                var learning = await ReportSources.ActionPlanAsync(store, actor, year, cancellationToken);
                blocks.Add(ActionPlan.ByStatus(learning, year));
                blocks.Add(ActionPlan.Table(learning, year));
            }
            sections.Add(new ReportSection(layout.Id, layout.Heading, blocks));
        }
        return new ReportDocument($"Complaints and representations about children's social care: annual report {year.Label}",
            ReportAccess.Scope(actor), sections);
    }

    /// <summary>Compliments' words are not copied in: they name workers, and often a child or family. The officer picks the
    /// quotes, takes out anything identifying, and pastes them in, as councils do today.</summary>
    private static readonly ReportBlock[] ComplimentQuotes =
    [
        new ReportText("Quotes from compliments are chosen by the complaints team: the compliments' own words are not copied into this report, because they often name a worker, a child or a family."),
        new Narrative("Paste three to six short quotes from compliments received this year, with anything that could identify a child, family or worker taken out, and say who each came from (for example \"a parent\", \"a young person\")."),
    ];
}
