using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Log a compliment in a click: team, category, who from and the words (quoted in the annual report).</summary>
public static class ComplimentFormCard
{
    public static JsonObject Build(FormOptions options, FormValues values, IReadOnlyList<FieldError>? errors = null)
    {
        JsonObject[] inputs =
        [
            FormParts.Team(options, values),
            Inputs.Choices("category", "What it praises", options.ComplimentCategories.Select(c => new Choice(c, c)),
                values.Or("category", options.ComplimentCategories.FirstOrDefault())),
            Inputs.Choices("source", "Who it came from", Words.Choices<ComplimentSource>(), values.Or("source", nameof(ComplimentSource.ParentOrCarer))),
            Inputs.Text("words", "The compliment, in their words", values["words"], multiline: true, maxLength: 4000),
        ];
        return FormParts.Form("Log a compliment", null, inputs, FormParts.Submit("Log compliment", Verbs.LogCompliment, values), errors);
    }
}
