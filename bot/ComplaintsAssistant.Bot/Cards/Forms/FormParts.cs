using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Fields several forms share, and how a refusal is shown on a form: once at the top, and again beside the input at fault.</summary>
public static class FormParts
{
    public static IEnumerable<JsonNode> Banner(FieldError? error) =>
        error is null ? [] : [Elements.Attention($"Not logged yet: {error.Message}")];

    /// <summary>The input followed, when it is the one at fault, by the rule it broke.</summary>
    public static IEnumerable<JsonNode> Field(JsonObject input, FieldError? error)
    {
        yield return input;
        if (error?.InputId is { } id && string.Equals(id, (string?)input["id"], StringComparison.OrdinalIgnoreCase))
            yield return Elements.Attention(error.Message);
    }

    public static JsonObject Team(FormOptions options, FormValues values) =>
        Inputs.Choices("team", "Team or service", options.Teams.Select(t => new Choice(t, t)), values.Or("team", options.DefaultTeam),
            placeholder: "Choose the team");

    public static JsonObject ReceivedOn(FormOptions options, FormValues values) =>
        Inputs.Date("receivedOn", "Date received", values.Or("receivedOn", Words.Iso(options.Today)));

    public static JsonObject HowReceived(FormValues values, HowReceived fallback) =>
        Inputs.Choices("howReceived", "How it was received", Words.Choices<HowReceived>(), values.Or("howReceived", fallback.ToString()));

    public static JsonObject Relationship(FormValues values) =>
        Inputs.Choices("relationship", "Who is complaining", Words.Choices<ComplainantRelationship>(
                Enum.GetValues<ComplainantRelationship>().Where(r => r != ComplainantRelationship.ElectedMember)),
            values["relationship"], placeholder: "Choose who is complaining");

    /// <summary>A dropdown of configured people when there are any; otherwise a name to type.</summary>
    public static JsonObject Owner(FormOptions options, FormValues values, string id = "owner", string label = "Who will respond (case owner)") =>
        options.Owners.Count > 0
            ? Inputs.Choices(id, label, options.Owners, values.Or(id, options.DefaultOwner), placeholder: "Choose the case owner")
            : Inputs.Text(id, label, values.Or(id, options.DefaultOwner));

    public static JsonObject Summary(FormValues values, string label = "Summary") =>
        Inputs.Text("summary", label, values["summary"], multiline: true, maxLength: 8000,
            placeholder: "What it is about. Avoid names: the case keeps personal details, this summary goes in reports.");

    /// <summary>The form's submit button. The form id rides along so a double click or a client retry logs one case, not two.
    /// In a Teams dialog (message action) only Action.Submit works, so the button is a plain submit there.</summary>
    public static JsonObject Submit(string title, string verb, FormValues values)
    {
        var data = new JsonObject();
        if (values["formId"] is { } formId) data["formId"] = formId;
        if (values["dialog"] == "true")
        {
            data["dialog"] = "true";
            return CardActions.Set(CardActions.Submit(title, verb, data));
        }
        return CardActions.Set(CardActions.Execute(title, verb, data));
    }
}
