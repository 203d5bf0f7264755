using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Log an informal representation: a concern resolved without a formal complaint, counted separately.</summary>
public static class InformalFormCard
{
    public static JsonObject Build(FormOptions options, FormValues values, IReadOnlyList<FieldError>? errors = null)
    {
        JsonObject[] inputs =
        [
            FormParts.Team(options, values),
            FormParts.ReceivedOn(options, values),
            FormParts.HowReceived(values, HowReceived.Telephone),
            FormParts.Relationship(values),
            FormParts.Owner(options, values),
            FormParts.Summary(values),
        ];
        return FormParts.Form("Log an informal representation", "A concern you expect to resolve informally. It can become a complaint later.",
            inputs, FormParts.Submit("Log representation", Verbs.LogInformal, values), errors);
    }
}
