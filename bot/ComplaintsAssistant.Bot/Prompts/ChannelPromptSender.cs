using System.Net;
using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Channel;
using ComplaintsAssistant.Bot.Channel.Connector;
using ComplaintsAssistant.Bot.DirectLine;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.SubjectAccess;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>Delivers prompts, subject access reminders and the complaints officers' weekly digest, in a 1:1 chat: through the Teams connector (the stored conversation reference, or a new
/// personal chat, bot-protocol.md §3.3), or in local development mode into the persona's open try-out chats. Someone the
/// bot can't reach gets a <see cref="Delivery"/> saying why (kept in the ledger, retried, listed for the officers); any
/// other failure is thrown, and the ledger keeps the prompt in doubt.</summary>
public sealed class ChannelPromptSender(
    PromptMessages messages, ActorDirectory people, ProactiveMessenger messenger, DirectLineStore directLine, HostingMode mode,
    IOptions<ChannelOptions> channel, SecretExpiry secret, CouncilReadiness readiness, TimeProvider time)
    : IPromptSender, IDigestSender, ISubjectAccessReminderSender
{
    public async Task<Delivery> SendAsync(Prompt prompt, string recipient, CancellationToken cancellationToken = default)
    {
        if (await messages.ForAsync(prompt, recipient, cancellationToken) is not { } outgoing)
            return Delivery.Unreachable("This person is not set up in Access (or may no longer see the case), so the bot can't show them the case.");
        return await DeliverAsync(outgoing, recipient, cancellationToken);
    }

    public Task<Delivery> SendAsync(OfficerDigest digest, string officer, CancellationToken cancellationToken = default) =>
        DeliverAsync([new OutgoingMessage(null, DigestCard.Build(digest, people.NameOf, Attention()))], officer, cancellationToken);

    public Task<Delivery> SendAsync(SubjectAccessReminder reminder, string officer, CancellationToken cancellationToken = default) =>
        DeliverAsync([new OutgoingMessage(reminder.InWords)], officer, cancellationToken);

    /// <summary>What only the council can fix, said every week until it is fixed.</summary>
    private IReadOnlyList<string> Attention() =>
        [.. secret.Warning() is { } expiring ? [expiring] : Array.Empty<string>(), .. readiness.Gaps().Select(gap => gap.InWords)];

    /// <summary>Also the complaints mailbox's triage cards (<see cref="Mailbox.ChannelTriageSender"/>).</summary>
    public async Task<Delivery> DeliverAsync(IReadOnlyList<OutgoingMessage> outgoing, string recipient, CancellationToken cancellationToken)
    {
        if (mode.IsLocalDevelopment)
        {
            var chats = directLine.ForUser(recipient);
            if (chats.Count == 0) return Delivery.Unreachable("This persona has no try-out chat open.");
            foreach (var chat in chats) await new DirectLineReplyTarget(chat, channel.Value.BotName, null, time).SendAsync(outgoing, cancellationToken);
            return Delivery.Sent;
        }

        try
        {
            return await messenger.SendToUserAsync(recipient, outgoing, cancellationToken)
                ? Delivery.Sent
                : Delivery.Unreachable("The bot has no chat with this person and no tenant (Bot:TenantId) to start one in: ask them to open the app in Teams once.");
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || e.RefusedToCreateChat)
        {
            // BotNotInConversationRoster (uninstalled), BotDisabledByAdmin, a chat that no longer exists, or no chat could
            // be started: the connector refused before anything was delivered.
            return Delivery.Unreachable($"Teams refused the message ({(int)e.StatusCode}): the app may be uninstalled or blocked for this person.");
        }
    }
}
