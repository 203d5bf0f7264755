using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Mailbox;

/// <summary>Microsoft Graph change notifications for the mailbox: only a nudge to poll early (delta stays the source of
/// truth, so a lost or forged notification costs at most one early read). Graph's validation request is answered by echoing
/// <c>validationToken</c> as text; a notification counts only when every item carries the subscription's clientState.</summary>
public static class MailboxNotifications
{
    public const string Path = "/mailbox/notifications";

    public static void Map(WebApplication app, string clientState)
    {
        app.MapPost(Path, async (HttpRequest request, MailboxPoller poller, CancellationToken cancellationToken) =>
        {
            if (request.Query["validationToken"] is { Count: > 0 } validation)
                return Results.Text(validation.ToString(), "text/plain", Encoding.UTF8);
            JsonObject? body;
            try
            {
                body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.BadRequest();
            }
            var items = (body?["value"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            if (items.Count > 0 && items.All(i => Matches((string?)i["clientState"], clientState))) poller.PollSoon();
            // Always accepted quickly (Graph wants a 2xx within 3 s, and a refusal only makes it retry).
            return Results.Accepted();
        }).AllowAnonymous().ExcludeFromDescription();
    }

    private static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
