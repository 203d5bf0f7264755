using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The email intake: a whole email in, a draft out (never a case); and emails kept with their cases. Anyone set up (staff and above) may draft;
/// creating the case is the ordinary <c>POST /api/cases</c> with the email's internet message id as <c>intakeKey</c>.</summary>
internal static class IntakeEndpoints
{
    public const string ContentType = "message/rfc822";

    // No .Accepts(message/rfc822): routing would answer another type with a bare 415 before this can say what to send.
    public static RouteGroupBuilder MapIntake(this RouteGroupBuilder api)
    {
        var tooLarge = IntakeErrors.TooLarge(IntakeLimits.Default.MaxMessageBytes);
        api.MapPost("/intake/email", DraftEmail)
            .WithTags("Intake")
            .WithSummary("Read a whole email (.eml, Content-Type: message/rfc822, up to 25 MB) and propose a draft case with reasons; creates nothing.")
            .Produces<EmailDraftView>()
            .WithMetadata(new BodyLimit(IntakeLimits.Default.MaxMessageBytes, tooLarge.Field!, tooLarge.Rule, tooLarge.Message));
        api.MapPost("/cases/{id:guid}/emails", Keep)
            .WithTags("Intake")
            .WithSummary("Keep a whole email (.eml, message/rfc822) with the case: the one it was made from, or a later one that belongs to it; " +
                "its message id is recorded so replies find the case. Keeping the same email again changes nothing.")
            .WithMetadata(new BodyLimit(IntakeLimits.Default.MaxMessageBytes, tooLarge.Field!, tooLarge.Rule, tooLarge.Message));
        api.MapGet("/cases/{id:guid}/emails", List).WithTags("Intake").WithSummary("The emails kept with the case.");
        return api;
    }

    private static async Task<IResult> Keep(Guid id, HttpRequest http, ApiCaller caller, EmailKeeper keeper, CancellationToken cancellationToken)
    {
        if (NotAnEml(http) is { } wrongType) return wrongType;
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, cancellationToken);
        var kept = await keeper.KeepAsync(caller.Actor, id, body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
        if (kept.Error is { } refused)
            return ApiProblems.From(refused, status: refused.Rule switch
            {
                "message-too-large" => StatusCodes.Status413PayloadTooLarge,
                "not-an-email" => StatusCodes.Status422UnprocessableEntity,
                _ => null,
            });
        return TypedResults.Created($"/api/cases/{id}/emails/{kept.Value.Name}", kept.Value);
    }

    private static async Task<IResult> List(Guid id, ApiCaller caller, CaseService cases, IEmailStore store, CancellationToken cancellationToken)
    {
        var seen = await cases.GetAsync(caller.Actor, id, cancellationToken);
        return seen.Error is { } error ? ApiProblems.From(error) : TypedResults.Ok(await store.ListAsync(id, cancellationToken));
    }

    private static async Task<IResult> DraftEmail(HttpRequest http, EmailDrafter drafter, CancellationToken cancellationToken)
    {
        if (NotAnEml(http) is { } wrongType) return wrongType;
        var drafted = await drafter.DraftAsync(http.Body, cancellationToken);
        if (drafted.Error is { } refused)
            return ApiProblems.From(refused, status: refused.Rule == "message-too-large" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity);
        return TypedResults.Ok(EmailDraftView.From(drafted.Value));
    }

    private static IResult? NotAnEml(HttpRequest http) =>
        MediaTypeHeaderValue.TryParse(http.ContentType, out var type) && type.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase)
            ? null
            : TypedResults.Problem(ApiProblems.Details(StatusCodes.Status415UnsupportedMediaType, "eml-required",
                $"Send the whole email as the body, with the header Content-Type: {ContentType} (an .eml file, or Outlook's getAsFileAsync decoded from base64).", "Content-Type"));
}
