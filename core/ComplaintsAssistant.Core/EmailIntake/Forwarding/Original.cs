using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Mime;

namespace ComplaintsAssistant.Core.EmailIntake.Forwarding;

/// <summary>The message a draft is about: for a forward or a chain, the newest message written by someone outside the
/// council, not the member of staff who passed it on.</summary>
/// <param name="Author">Who wrote it (null when the email says nothing about its author).</param>
/// <param name="Text">Its own words, without what it quotes.</param>
/// <param name="Received">When the council received it, or null when no evidence could be read.</param>
/// <param name="Evidence">The header or line the instant was read from, to show the worker.</param>
/// <param name="Forwarder">The member of staff who forwarded it, when it came through one.</param>
/// <param name="ForwarderNote">What the forwarder wrote above it ("Please log this as a complaint").</param>
public sealed record Original(
    MailAddress? Author,
    string Text,
    string Subject,
    DateReading? Received,
    ReceivedFrom ReceivedFrom,
    string Evidence,
    MailAddress? Forwarder,
    string ForwarderNote,
    bool FromCouncil)
{
    public bool Forwarded => Forwarder is not null;
}
