using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Fields several forms share, and the frame of a log form: heading, what to put right, inputs, submit.</summary>
public static class FormParts
{
    /// <summary>A log form; when it was refused, every rule shows at once, beside its input and summed up at the top.</summary>
    public static JsonObject Form(string heading, string? intro, IReadOnlyList<JsonObject> inputs, JsonObject submit, IReadOnlyList<FieldError>? errors)
    {
        errors ??= [];
        return Card.Of(
            [
                Elements.Heading(heading),
                .. intro is null ? [] : new[] { Elements.Text(intro, subtle: true) },
                .. FormErrors.Banner("Not logged yet", errors, inputs.Select(i => (string?)i["id"] ?? "")),
                .. inputs.SelectMany(i => FormErrors.Field(i, errors)),
                submit,
            ]);
    }

    public static JsonObject Team(FormOptions options, FormValues values) =>
        Inputs.Choices("team", "Team or service", options.Teams.Select(t => new Choice(t, t)), values.Or("team", options.DefaultTeam),
            placeholder: "Choose the team");

    public static JsonObject ReceivedOn(FormOptions options, FormValues values) =>
        Inputs.Date("receivedOn", "Date received", values.Or("receivedOn", Words.Iso(options.Today)));

    public static JsonObject HowReceived(FormValues values, HowReceived fallback) =>
        Inputs.Choices("howReceived", "How it was received",
            Words.Choices(Enum.GetValues<HowReceived>().Where(h => h != Core.Cases.HowReceived.NotKnown)), values.Or("howReceived", fallback.ToString()));

    public static JsonObject Relationship(FormValues values) =>
        Inputs.Choices("relationship", "Who is complaining", Words.Choices<ComplainantRelationship>(
                Enum.GetValues<ComplainantRelationship>().Where(r => r != ComplainantRelationship.ElectedMember && !r.IsLegacy())),
            values["relationship"], placeholder: "Choose who is complaining");

    public static JsonObject Owner(FormOptions options, FormValues values) =>
        Inputs.Choices("owner", "Who will respond (case owner)", options.Owners, values.Or("owner", options.DefaultOwner), placeholder: "Choose the case owner");

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
