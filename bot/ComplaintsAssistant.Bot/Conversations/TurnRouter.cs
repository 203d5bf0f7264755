using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Conversations.Handlers;
using ComplaintsAssistant.Bot.Figures;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>The thin router: resolves who is speaking, turns the turn into a verb and hands it to that verb's handler.</summary>
public sealed class TurnRouter(IEnumerable<IVerbHandler> handlers, ActorDirectory directory, TimeProvider clock, ILogger<TurnRouter> logger) : ITurnHandler
{
    private readonly Dictionary<string, IVerbHandler> _byVerb = handlers.ToDictionary(h => h.Verb, StringComparer.OrdinalIgnoreCase);

    /// <summary>Answers that show cases: only in a personal chat, never to everyone in a channel or group chat.</summary>
    private static readonly HashSet<string> PersonalOnly = new([Verbs.MyCases, Verbs.ViewCase, Verbs.Learning], StringComparer.OrdinalIgnoreCase);

    public async Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        var actor = await directory.ResolveAsync(turn.Speaker.ObjectId, turn.Speaker.Name, null, cancellationToken);
        if (actor is null)
        {
            logger.UnknownPerson(turn.Speaker.ObjectId ?? "(none)");
            return Replies.Text("Hello! You're not set up to use the Complaints Assistant yet. Please ask your complaints team to add you.");
        }

        var (verb, values) = Route(turn);
        var context = new TurnContext(turn, actor with { Through = ReadChannel.TeamsBot }, values);
        if (verb is null || !_byVerb.TryGetValue(verb, out var handler))
        {
            if (turn.Kind == TurnKind.CardAction)
            {
                logger.UnknownVerb(verb ?? "(none)");
                return Replies.NewCard(NoticeCard.Build("Sorry, I can't do that",
                    "That button belongs to something I no longer do, or the card is out of date. Here is what I can do."));
            }
            return Replies.NewCard(NoticeCard.Build("Sorry, I didn't catch that",
                "Try **help**, **log complaint**, **log compliment**, **my cases**, **case CC-2026-0042**, **learning** or **figures**."));
        }

        if (PersonalOnly.Contains(handler.Verb) && !string.Equals(turn.ConversationKind, "personal", StringComparison.OrdinalIgnoreCase))
            return Replies.NewCard(NoticeCard.Build("Let's keep this private",
                "Cases are about children and families, so I only show them in a personal chat. Open a chat with me and ask there."));

        logger.Handled(turn.Kind.ToString(), handler.Verb);
        try
        {
            return await handler.HandleAsync(context, cancellationToken);
        }
        catch (StoreUnavailableException outage)
        {
            logger.StoreUnavailable(handler.Verb, outage.InnerException?.GetType().Name ?? "unknown");
            // A new message, so a form being submitted stays as it was, with everything typed in it.
            return Replies.NewCard(NoticeCard.Build("Sorry, I can't reach the case records just now",
                "They aren't answering, so this may not have gone through. Please try again in a few minutes.", problem: true));
        }
    }

    /// <summary>A card or message action carries its verb; typed text is read by <see cref="RouteText"/>.</summary>
    private (string? Verb, FormValues Values) Route(Turn turn) => turn.Kind switch
    {
        TurnKind.Installed => (Verbs.Help, FormValues.Empty.With("welcome", "true")),
        TurnKind.MessageAction when turn.Verb == MessageActions.CreateCase =>
            (Verbs.CaseFromMessage, FormValues.From(turn.Data).With("words", turn.Text ?? "").With("dialog", "true")),
        TurnKind.MessageAction => (Verbs.ComplimentForm, FormValues.Empty.With("words", turn.Text ?? "").With("dialog", "true")),
        TurnKind.CardAction => (turn.Verb, FormValues.From(turn.Data)),
        _ => RouteText(turn.Text),
    };

    /// <summary>A command; else a case named and described ("Log a complaint: the parent says…"); else a figures question;
    /// else a sentence naming a case, which opens it (its buttons do what the sentence asks); else an account of a case,
    /// which the intake reads; else nothing understood.</summary>
    private (string? Verb, FormValues Values) RouteText(string? text)
    {
        if (CommandText.Parse(text) is { } command)
            return (command.Verb, command.Reference is { } reference ? FormValues.Empty.With("reference", reference) : FormValues.Empty);
        if (string.IsNullOrWhiteSpace(text)) return (null, FormValues.Empty);
        var typed = FormValues.Empty.With("typed", "true");
        if (TypedCase.Read(text) is { } named) return (Verbs.CaseFromMessage, typed.With("words", named.Words).With("named", named.Kind.ToString()));
        if (FigureQuestion.IsAbout(text, UkDate.On(clock.GetUtcNow()))) return (Verbs.FigureAsk, FormValues.Empty.With("question", text));
        if (CommandText.ReferenceIn(text) is { } mentioned) return (Verbs.ViewCase, FormValues.Empty.With("reference", mentioned));
        return TypedCase.IsStatement(text) ? (Verbs.CaseFromMessage, typed.With("words", text)) : (null, FormValues.Empty);
    }
}
