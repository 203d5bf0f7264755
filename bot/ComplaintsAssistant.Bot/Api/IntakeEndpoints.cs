using ComplaintsAssistant.Core.EmailIntake;
using Microsoft.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The email intake: a whole email in, a draft out (never a case). Anyone set up (staff and above) may draft;
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
        return api;
    }

    private static async Task<IResult> DraftEmail(HttpRequest http, EmailDrafter drafter, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var type) || !type.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(ApiProblems.Details(StatusCodes.Status415UnsupportedMediaType, "eml-required",
                $"Send the whole email as the body, with the header Content-Type: {ContentType} (an .eml file, or Outlook's getAsFileAsync decoded from base64).", "Content-Type"));

        var drafted = await drafter.DraftAsync(http.Body, cancellationToken);
        if (drafted.Error is { } refused)
            return ApiProblems.From(refused, status: refused.Rule == "message-too-large" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity);
        return TypedResults.Ok(EmailDraftView.From(drafted.Value));
    }
}
