using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>A short message with a way back to help: not found, not permitted, not understood.</summary>
public static class NoticeCard
{
    public static JsonObject Build(string title, string text, bool problem = false) =>
        Card.Of(
            [
                Elements.Subheading(title),
                problem ? Elements.Attention(text) : Elements.Text(text),
                CardActions.Set(CardActions.Submit("Help", Verbs.Help), CardActions.Submit("My cases", Verbs.MyCases)),
            ]);
}
