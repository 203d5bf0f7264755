using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.EmailIntake;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>For words typed to the bot that the intake can't place as a kind of case ("Young person says their social worker
/// changed…"): a button per kind opens that form with the words in it, so nothing typed has to be typed again.</summary>
public static class WhichKindCard
{
    private static readonly (string Title, DraftKind Kind)[] Kinds =
    [
        ("A complaint", DraftKind.StatutoryComplaint), ("An informal representation", DraftKind.InformalRepresentation),
        ("A member enquiry", DraftKind.MemberEnquiry), ("A compliment", DraftKind.Compliment),
    ];

    public static JsonObject Build(string words) =>
        Card.Of(
            [
                Elements.Subheading("Is this a case to log?"),
                Elements.Text("I couldn't tell what kind of case this is. Choose one and I'll open its form with your words in it, or ask for **help**."),
                CardActions.Set(Kinds.Select(k => CardActions.Submit(k.Title, Verbs.CaseFromMessage,
                    new JsonObject { ["words"] = words, ["typed"] = "true", ["named"] = k.Kind.ToString() }))),
                CardActions.Set(CardActions.Submit("Help", Verbs.Help)),
            ]);
}
