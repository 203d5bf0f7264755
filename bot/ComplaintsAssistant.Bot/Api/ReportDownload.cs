using ComplaintsAssistant.Reports.Rendering;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>A report file as the browser should get it: Word and the CSV zip as attachments, the HTML report opened in the
/// browser (with its name, should it be saved).</summary>
public static class ReportDownload
{
    public static IResult Of(ReportFile file, ReportFormat format) =>
        format == ReportFormat.Html ? new InlineFile(file) : Results.File(file.Content, file.ContentType, file.FileName);

    private sealed class InlineFile(ReportFile file) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = file.ContentType;
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
            return http.Response.Body.WriteAsync(file.Content).AsTask();
        }
    }
}
