using ComplaintsAssistant.Core.Import;
using Microsoft.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The import of past years (import-format.md) for the complaints team: the file as the body, the summary as the
/// answer (the same the command prints). <c>?dryRun=true</c> reports what the import would do and writes nothing.</summary>
internal static class ImportEndpoints
{
    /// <summary><c>Import:MaxBytes</c>, the largest file taken (default 100 MB: a few hundred thousand cases).</summary>
    public const string MaxBytesKey = "Import:MaxBytes";
    public const long DefaultMaxBytes = 100L * 1024 * 1024;

    // No .Accepts(...): routing would answer another type with a bare 415 before this can say what to send.
    public static RouteGroupBuilder MapImport(this RouteGroupBuilder api, IConfiguration configuration)
    {
        var limit = configuration.GetValue(MaxBytesKey, DefaultMaxBytes);
        api.MapPost("/import", Import)
            .WithTags("Import")
            .WithSummary("Import past years' cases: JSON Lines (Content-Type: application/x-ndjson) or CSV (text/csv) as import-format.md " +
                "describes. Complaints team only. ?dryRun=true says what would happen and writes nothing.")
            .Produces<ImportSummary>()
            .WithMetadata(new BodyLimit(limit, "body", "import-too-large",
                $"The file is larger than this service takes ({limit / (1024 * 1024)} MB): split it into several files (by year, say) and import each."));
        return api;
    }

    private static async Task<IResult> Import(HttpRequest http, ApiCaller caller, CaseImport import, bool? dryRun, CancellationToken cancellationToken)
    {
        if (CaseImport.CheckMayImport(caller.Actor) is { } forbidden) return ApiProblems.From(forbidden);
        var format = MediaTypeHeaderValue.TryParse(http.ContentType, out var type) ? ImportFormats.FromMediaType(type.MediaType.Value) : null;
        if (format is null)
            return TypedResults.Problem(ApiProblems.Details(StatusCodes.Status415UnsupportedMediaType, "import-format-required",
                $"Send the file as the body with the header Content-Type: {ImportFormats.JsonLinesMediaType} (JSON Lines) or {ImportFormats.CsvMediaType} (CSV).",
                "Content-Type"));

        // The import reads the file twice (its encoding is checked before anything is written): kept on disk, not in memory.
        var path = Path.GetTempFileName();
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await http.Body.CopyToAsync(file, cancellationToken);
        file.Position = 0;
        var imported = await import.RunAsync(caller.Actor, file, format.Value, dryRun ?? false, cancellationToken: cancellationToken);
        if (imported.Error is { } refused) return ApiProblems.From(refused);
        if (imported.Value.FileRefused is { } unreadable)
            return TypedResults.Problem(ApiProblems.Details(StatusCodes.Status422UnprocessableEntity,
                unreadable.Column == "header" ? "import-header" : "import-not-utf8", $"Line {unreadable.Line}: {unreadable.Reason}", unreadable.Column ?? "body"));
        return TypedResults.Ok(imported.Value);
    }
}
