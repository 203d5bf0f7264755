namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>Which mail client's way of quoting another message a block was written in.</summary>
public enum ForwardLayout
{
    /// <summary>"From: … Sent: … To: … Subject:", often under "-----Original Message-----" or a rule of underscores.</summary>
    Outlook,
    /// <summary>"---------- Forwarded message ---------" then From, Date, Subject, To.</summary>
    Gmail,
    /// <summary>"Begin forwarded message:" then From, Subject, Date, To.</summary>
    AppleMail,
    /// <summary>"-------- Forwarded Message --------" then Subject, Date, From, To.</summary>
    Thunderbird,
    /// <summary>A header block with no recognised marker above it.</summary>
    HeaderBlock,
    /// <summary>A reply's one-line attribution: "On Fri, 3 Apr 2026 at 17:45, Jane Smith &lt;jane@…&gt; wrote:".</summary>
    ReplyAttribution,
}
