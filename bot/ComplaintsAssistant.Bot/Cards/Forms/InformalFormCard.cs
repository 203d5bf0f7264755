using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Log an informal representation: a concern resolved without a formal complaint, counted separately.</summary>
public static class InformalFormCard
{
    public static JsonObject Build(FormOptions options, FormValues values, FieldError? error = null)
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
        return Card.Of(
            [
                Elements.Heading("Log an informal representation"),
                Elements.Text("A concern you expect to resolve informally. It can become a complaint later.", subtle: true),
                .. FormParts.Banner(error),
                .. inputs.SelectMany(i => FormParts.Field(i, error)),
                FormParts.Submit("Log representation", Verbs.LogInformal, values),
            ]);
    }
}
