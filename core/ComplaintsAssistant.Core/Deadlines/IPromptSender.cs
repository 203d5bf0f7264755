namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>Delivers a prompt to a person in a 1:1 chat (the bot's connector in the host).</summary>
public interface IPromptSender
{
    /// <summary>Sends it now. An exception means nobody knows whether it arrived (the ledger keeps it in doubt); a
    /// <see cref="Delivery"/> that is not sent says why the person can't be reached, and it is tried again later.</summary>
    Task<Delivery> SendAsync(Prompt prompt, string recipient, CancellationToken cancellationToken = default);
}

/// <param name="Failure">Why it could not be delivered, in words for the officers' digest; null when sent.</param>
public sealed record Delivery(string? Failure)
{
    public static Delivery Sent { get; } = new((string?)null);

    public static Delivery Unreachable(string why) => new(why);

    public bool WasSent => Failure is null;
}

/// <summary>Who manages whom (configuration, or Microsoft Graph), for escalations.</summary>
public interface IManagerDirectory
{
    /// <summary>The person's manager's id, or null when none is known. Throws <see cref="ManagerLookupFailed"/> when the
    /// directory could not be asked (Microsoft Graph down): not an answer, so the escalation is kept and tried again.</summary>
    Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken = default);
}

/// <summary>The manager directory could not be asked; <see cref="Exception.Message"/> says so in words for the officers' digest.</summary>
public sealed class ManagerLookupFailed(string why) : Exception(why);
