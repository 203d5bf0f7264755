using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>A turn with the person resolved and the card's values (or a typed command's argument) readable.</summary>
public sealed record TurnContext(Turn Turn, Actor Actor, FormValues Values)
{
    /// <summary>The button asked for this card to be redrawn in place (Action.Execute), not posted anew.</summary>
    public bool InPlace => Turn.Kind == TurnKind.CardAction && Values["inPlace"] == "true";
}
