using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.EmailIntake;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>What the intake suggested and why, and what to check, put under a log form's heading when the form was filled in
/// from a draft. Plain text blocks: the words come from the message.</summary>
public static class DraftNote
{
    public static void AddTo(JsonObject form, EmailDraft draft)
    {
        var body = (JsonArray)form["body"]!;
        JsonNode[] note =
        [
            Elements.Text($"Suggested: {Kind(draft.Kind)}. {draft.KindReason}", weight: "Bolder"),
            .. draft.Warnings.Select(w => Elements.Text("Check: " + w.Message, subtle: true)),
        ];
        for (var i = note.Length - 1; i >= 0; i--) body.Insert(1, note[i]);
    }

    private static string Kind(DraftKind kind) => kind.ToCaseKind() is { } caseKind ? Words.Kind(caseKind).ToLowerInvariant() : "not a case";
}
