using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>
/// A stand-in for the real conversations: records every turn and answers predictably —
/// "echo: {text}", a card for "card", a welcome on install, a replacement card for card actions; the "slow" card action
/// never finishes on its own (it says when it has started, and ends only when cancelled).
/// </summary>
internal sealed class RecordingTurnHandler : ITurnHandler
{
    public ConcurrentQueue<Turn> Turns { get; } = new();

    public TaskCompletionSource SlowTurnStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<TurnReply> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        switch (turn.Kind)
        {
            case TurnKind.Installed:
                return new TurnReply([new OutgoingMessage("welcome")]);
            case TurnKind.MessageAction:
                return new TurnReply([new OutgoingMessage(null, Card("Log as compliment: " + turn.Text))]);
            case TurnKind.CardAction when turn.Verb == "slow":
                SlowTurnStarted.TrySetResult();
                await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
                return TurnReply.Nothing;
            case TurnKind.CardAction when turn.Verb == "textOnly":
                return new TurnReply([new OutgoingMessage("text only answer"), new OutgoingMessage("second")]);
            case TurnKind.CardAction when turn.Verb == "logCompliment":
                return new TurnReply([new OutgoingMessage("compliment logged")]);
            case TurnKind.CardAction:
                return new TurnReply([new OutgoingMessage("action " + turn.Verb)], Card("done " + turn.Verb));
            case TurnKind.Message when turn.Text == "card":
                return new TurnReply([new OutgoingMessage("here is a card", Card("a card"))]);
            case TurnKind.Message when turn.Text == "execute card":
                return new TurnReply([new OutgoingMessage(null, ExecuteCard())]);
            case TurnKind.Message when turn.Text == "boom":
                throw new InvalidOperationException("handler failure");
            default:
                return new TurnReply([new OutgoingMessage("echo: " + turn.Text)]);
        }
    }

    /// <summary>A card with a Universal Action button and its Action.Submit fallback, as the real cards have.</summary>
    public static JsonObject ExecuteCard()
    {
        var card = Card("a card with a button");
        card["body"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Save",
                ["verb"] = "case.save",
                ["data"] = new JsonObject { ["verb"] = "case.save" },
                ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = "Save", ["data"] = new JsonObject { ["verb"] = "case.save" } },
            }),
        });
        return card;
    }

    public static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
    };
}
