namespace ComplaintsAssistant.Bot.Channel.Auth;

public enum AuthOutcome
{
    Accepted,
    /// <summary>401: no valid token.</summary>
    Unauthorized,
    /// <summary>403: a valid token whose key is not endorsed for the activity's channel.</summary>
    Forbidden,
}

/// <param name="Reason">For the log: never token contents.</param>
public sealed record AuthResult(AuthOutcome Outcome, string Reason)
{
    public static AuthResult Accepted { get; } = new(AuthOutcome.Accepted, "accepted");

    public static AuthResult Unauthorized(string reason) => new(AuthOutcome.Unauthorized, reason);

    public static AuthResult Forbidden(string reason) => new(AuthOutcome.Forbidden, reason);

    public int StatusCode => Outcome switch
    {
        AuthOutcome.Accepted => 200,
        AuthOutcome.Forbidden => 403,
        _ => 401,
    };
}
