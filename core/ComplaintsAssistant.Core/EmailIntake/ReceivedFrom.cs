namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>Which evidence gave the instant the council received the email, best first.</summary>
public enum ReceivedFrom
{
    /// <summary>The original message attached whole to a forward (message/rfc822): its own receipt or Date: header.</summary>
    AttachedOriginal,
    /// <summary>The "Sent:" / "Date:" line of a forwarded header block in the body.</summary>
    ForwardedHeader,
    /// <summary>A reply's attribution line ("On … wrote:").</summary>
    QuotedReply,
    /// <summary>The council's mail server's receipt stamp (the newest Received: header) of the email itself.</summary>
    ReceivedHeader,
    /// <summary>The email's own Date: header (the sender's clock).</summary>
    MessageDate,
    /// <summary>No date in the email at all: the moment the intake read it.</summary>
    IntakeTime,
}
