using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Reports.Lgsco;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Reports.Rendering;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The reports as downloads: the annual report (GET: everything comes from the cases) and the LGSCO Code report
/// (POST: the officer's self-assessment and the Ombudsman's letter figures come with the request). The complaints team
/// gets the council's report, a manager the same over their own teams, staff a 403 (<see cref="ReportAccess"/>).</summary>
internal static class ReportEndpoints
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/annual", async (string? year, string? format, string? asAt, ApiCaller caller, FiguresService figures, ICaseStore store,
                CancellationToken cancellationToken) =>
            {
                var request = Request(year, format);
                if (request.Error is { } error) return ApiProblems.From(error);
                var (period, kind) = request.Value;
                var statusAsAt = ReportYear.ParseAsAt(asAt, period);
                if (statusAsAt.Error is { } badDate) return ApiProblems.From(badDate);
                var report = await new AnnualReport(figures, store).WriteAsync(caller.Actor, period, cancellationToken, statusAsAt.Value);
                return Download(report, kind, $"annual-report-{ReportYear.FileLabel(period)}");
            })
            .WithTags("Reports").WithSummary("The annual report (2006 Regulations) for a financial year (year=2025-26): format=docx (default), html, or csv (a zip of one CSV per table); asAt=yearEnd or a date (2026-04-30) reports each complaint's status as at that day. Complaints team and managers (their own teams).");

        api.MapPost("/reports/lgsco", async (string? year, string? format, LgscoEntries? entries, ApiCaller caller, FiguresService figures,
                ICaseStore store, CancellationToken cancellationToken) =>
            {
                var request = Request(year, format);
                if (request.Error is { } error) return ApiProblems.From(error);
                var (period, kind) = request.Value;
                var report = await new LgscoReport(figures, store).WriteAsync(caller.Actor, period, entries, cancellationToken);
                return Download(report, kind, $"complaints-performance-report-{ReportYear.FileLabel(period)}");
            })
            .WithTags("Reports").WithSummary("The LGSCO Code's annual complaints performance and service improvement report with the self-assessment, for corporate complaints. Body: { selfAssessment: [{ provision, complies, evidence, commentary }], ombudsmanLetter: { received, referredBack, closedAfterAssessment, investigated, upheldPercent, … } }.");
        return api;
    }

    private static Result<(ReportingPeriod Year, ReportFormat Format)> Request(string? year, string? format)
    {
        var period = ReportYear.Parse(year);
        var kind = ReportFile.ParseFormat(format);
        return DomainError.Combine([period.Error, kind.Error]) is { } error ? error : (period.Value, kind.Value);
    }

    private static IResult Download(Result<ReportDocument> report, ReportFormat format, string name) =>
        report.Error is { } error ? ApiProblems.From(error) : ReportDownload.Of(ReportFile.Of(report.Value, format, name), format);
}
