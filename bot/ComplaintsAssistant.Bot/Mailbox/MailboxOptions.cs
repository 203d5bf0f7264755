namespace ComplaintsAssistant.Bot.Mailbox;

/// <summary>Section <c>Mailbox</c>: the one complaints mailbox the host reads through Microsoft Graph. No address: off.</summary>
public sealed class MailboxOptions
{
    public const string Section = "Mailbox";

    /// <summary>The shared mailbox, e.g. <c>complaints@thornbury.gov.uk</c>; empty means the host reads no mailbox.</summary>
    public string? Address { get; set; }

    /// <summary>How often the inbox is read (delta query); a change notification reads it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>False: the mailbox is read only when asked (<c>POST /dev/mailbox/poll</c> in local development, tests).</summary>
    public bool Background { get; set; } = true;

    /// <summary>Messages per delta page (<c>Prefer: odata.maxpagesize</c>).</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>The secret a Graph change notification must carry (the subscription's <c>clientState</c>); empty means no
    /// notification endpoint (polling only).</summary>
    public string? ClientState { get; set; }

    public bool IsOn => !string.IsNullOrWhiteSpace(Address);
}
