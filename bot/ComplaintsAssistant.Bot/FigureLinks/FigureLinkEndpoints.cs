using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Bot.Figures;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Definitions;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Reports;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Reports.Rendering;

namespace ComplaintsAssistant.Bot.FigureLinks;

/// <summary>The pages the figure card's links open in a browser: <c>/figures/{id}.csv</c> (one figure),
/// <c>/figures/report</c> (every figure for the period) and, from that page, <c>/figures/annual-report</c> (the year's
/// report). No sign-in: the signed link names its viewer, and shows only
/// what that person may see today (someone who has left, or moved team, sees what they now may).</summary>
public static class FigureLinkEndpoints
{
    public static IEndpointRouteBuilder MapFigureLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/figures/report", async (HttpRequest request, FigureLinkSigner signer, IPeopleDirectory people, FiguresService figures,
            CancellationToken cancellationToken) =>
        {
            if (await ReadAsync(FigureLink.Report, request, signer, people, cancellationToken) is not ({ } link, { } viewer)) return Refusal(signer, request, FigureLink.Report);
            if (link.Team is { } team && !FiguresService.MaySee(viewer, team)) return NotYourTeam(team);
            var answers = new List<FigureComparison>();
            foreach (var figure in FigureCatalogue.All)
                answers.Add((await figures.CompareAsync(viewer, figure.Id, link.Period, team: link.Team, cancellationToken: cancellationToken))!);
            var year = ReportingPeriod.FinancialYearContaining(link.Period.From);
            var annual = ReportAccess.Refusal(viewer) is null ? new AnnualReportLinks(year, signer.Link(FigureLink.AnnualReport, year, null, viewer.Id)) : null;
            return Results.Content(FigureReportPage.Write(link.Period, FigureScope.Words(viewer, link.Team), answers, annual), "text/html; charset=utf-8");
        }).ExcludeFromDescription();

        // The annual report for the year of the figures page, for its viewer: the same files as GET /api/reports/annual.
        endpoints.MapGet("/figures/annual-report", async (string? format, HttpRequest request, FigureLinkSigner signer, IPeopleDirectory people,
            FiguresService figures, ICaseStore store, CancellationToken cancellationToken) =>
        {
            if (await ReadAsync(FigureLink.AnnualReport, request, signer, people, cancellationToken) is not ({ } link, { } viewer))
                return Refusal(signer, request, FigureLink.AnnualReport);
            if (ReportFile.ParseFormat(format) is not { Error: null } kind) return Results.NotFound();
            var year = ReportingPeriod.FinancialYearContaining(link.Period.From);
            var report = await new AnnualReport(figures, store).WriteAsync(viewer, year, cancellationToken);
            if (report.Error is { } refused) return Page(StatusCodes.Status403Forbidden, "Reports are for the complaints team and managers", refused.Message);
            return ReportDownload.Of(ReportFile.Of(report.Value, kind.Value, $"annual-report-{ReportYear.FileLabel(year)}"), kind.Value);
        }).ExcludeFromDescription();

        endpoints.MapGet("/figures/{file}", async (string file, HttpRequest request, FigureLinkSigner signer, IPeopleDirectory people,
            FiguresService figures, CancellationToken cancellationToken) =>
        {
            if (!file.EndsWith(".csv", StringComparison.Ordinal)) return Results.NotFound();
            var id = file[..^4];
            if (await ReadAsync(id, request, signer, people, cancellationToken) is not ({ } link, { } viewer)) return Refusal(signer, request, id);
            if (link.Team is { } team && !FiguresService.MaySee(viewer, team)) return NotYourTeam(team);
            if (await figures.CompareAsync(viewer, id, link.Period, team: link.Team, cancellationToken: cancellationToken) is not { } answer)
                return Results.NotFound();
            var name = $"{id.Replace('.', '-')}-{FigureLink.Day(link.Period.From)}-to-{FigureLink.Day(link.Period.To)}.csv";
            return Results.File(FigureCsv.Write(answer, FigureScope.Words(viewer, link.Team)), "text/csv; charset=utf-8", name);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<(FigureLink, Actor)?> ReadAsync(string id, HttpRequest request, FigureLinkSigner signer, IPeopleDirectory people,
        CancellationToken cancellationToken)
    {
        if (signer.Read(id, request.Query) is not ({ } link, null)) return null;
        return await people.FindAsync(link.ViewerId, cancellationToken) is { } viewer ? (link, viewer) : null;
    }

    private static IResult Refusal(FigureLinkSigner signer, HttpRequest request, string id) => signer.Read(id, request.Query).Refusal switch
    {
        LinkRefusal.Expired => Page(StatusCodes.Status410Gone, "This link has expired",
            "Links from the chat work for 15 minutes. Ask the bot for the figure again and use the new link."),
        LinkRefusal.Tampered => Page(StatusCodes.Status403Forbidden, "This link is not valid",
            "It was changed or copied incompletely. Ask the bot for the figure again and use the new link."),
        _ => Page(StatusCodes.Status403Forbidden, "This link is not for you",
            "The person it was made for can no longer see figures. Ask the bot for the figure yourself."),
    };

    private static IResult NotYourTeam(string team) => Page(StatusCodes.Status403Forbidden, "Not one of your teams",
        $"You can see figures for your own teams only, not {team}'s.");

    private static IResult Page(int status, string title, string text) =>
        Results.Content(FigureReportPage.Refused(title, text), "text/html; charset=utf-8", statusCode: status);
}
