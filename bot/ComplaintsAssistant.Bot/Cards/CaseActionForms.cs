using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>The sub-forms of the case card, one per change. Input ids carry the form's prefix so every id on the card is unique.</summary>
public static class CaseActionForms
{
    public static IEnumerable<JsonNode> For(CaseCardModel model, JsonObject data, FormValues values)
    {
        var today = Words.Iso(model.Today);
        var allowed = model.Allowed;
        if (allowed.Contains(CaseAction.Acknowledge)) yield return Acknowledge(data, values, today);
        if (allowed.Contains(CaseAction.RecordResponse)) yield return Respond(model, data, values, today);
        if (allowed.Contains(CaseAction.Extend)) yield return Extend(data, values, today);
        if (allowed.Contains(CaseAction.RequestEscalation)) yield return Escalate(data, values, today);
        if (allowed.Contains(CaseAction.Reassign)) yield return Reassign(model, data, values);
        if (allowed.Contains(CaseAction.Withdraw)) yield return Withdraw(data, values, today);
        if (allowed.Contains(CaseAction.AddLearningAction)) yield return Learning(data, values);
    }

    private static JsonObject Acknowledge(JsonObject data, FormValues values, string today) =>
        Form("Acknowledge", Verbs.Acknowledge, data,
        [
            Inputs.Date("acknowledge.acknowledgedOn", "Date the complainant was acknowledged", values.Or("acknowledge.acknowledgedOn", today)),
        ]);

    private static JsonObject Respond(CaseCardModel model, JsonObject data, FormValues values, string today)
    {
        var concerns = model.View.Case.Concerns.Select(concern =>
            (JsonNode)Inputs.Choices($"respond.concern.{concern.Number}", $"Outcome for concern {concern.Number}: {concern.Category}",
                Words.Choices<Outcome>(), values[$"respond.concern.{concern.Number}"], placeholder: "Choose the outcome"));
        return Form("Record the response", Verbs.RecordResponse, data,
        [
            Inputs.Date("respond.respondedOn", "Date of the response", values.Or("respond.respondedOn", today)),
            Inputs.Choices("respond.outcome", "Overall outcome", Words.Choices<Outcome>(), values["respond.outcome"], placeholder: "Choose the outcome"),
            Inputs.Choices("respond.resolutions", "What was done to put things right", Words.Choices<Resolution>(), values["respond.resolutions"], multiSelect: true),
            .. concerns,
        ]);
    }

    private static JsonObject Extend(JsonObject data, FormValues values, string today) =>
        Form("Extend", Verbs.Extend, data,
        [
            Inputs.Number("extend.totalWorkingDays", "New total working days (from the start, not days added)", values["extend.totalWorkingDays"], min: 1),
            Inputs.Choices("extend.ground", "Why", Words.Choices<ExtensionGround>(), values.Or("extend.ground", nameof(ExtensionGround.Complex))),
            Inputs.Text("extend.reason", "Reason", values["extend.reason"], multiline: true, maxLength: 2000),
            Inputs.Toggle("extend.agreed", "Agreed with the complainant", values["extend.agreed"] == "true"),
            Inputs.Date("extend.agreedOn", "Date agreed or decided", values.Or("extend.agreedOn", today)),
        ]);

    private static JsonObject Escalate(JsonObject data, FormValues values, string today) =>
        Form("Request escalation", Verbs.Escalate, data,
        [
            Inputs.Date("escalate.requestedOn", "Date the complainant asked", values.Or("escalate.requestedOn", today)),
            Inputs.Text("escalate.lateReason", "If late: why it is accepted", values["escalate.lateReason"], multiline: true, maxLength: 2000),
        ]);

    private static JsonObject Reassign(CaseCardModel model, JsonObject data, FormValues values) =>
        Form("Reassign", Verbs.Reassign, data,
        [
            model.Owners.Count > 0
                ? Inputs.Choices("reassign.owner", "New owner", model.Owners, values["reassign.owner"], placeholder: "Choose the new owner")
                : Inputs.Text("reassign.owner", "New owner", values["reassign.owner"], maxLength: 200),
        ]);

    private static JsonObject Withdraw(JsonObject data, FormValues values, string today) =>
        Form("Withdraw", Verbs.Withdraw, data,
        [
            Inputs.Date("withdraw.withdrawnOn", "Date withdrawn", values.Or("withdraw.withdrawnOn", today)),
            Inputs.Text("withdraw.reason", "Reason", values["withdraw.reason"], multiline: true, maxLength: 2000),
        ]);

    private static JsonObject Learning(JsonObject data, FormValues values) =>
        Form("Add learning", Verbs.AddLearning, data,
        [
            Inputs.Text("learning.issue", "Issue identified", values["learning.issue"], multiline: true, maxLength: 2000),
            Inputs.Text("learning.lesson", "Lesson learnt", values["learning.lesson"], multiline: true, maxLength: 2000),
            Inputs.Text("learning.action", "Action", values["learning.action"], multiline: true, maxLength: 2000),
            Inputs.Text("learning.department", "Department", values["learning.department"], maxLength: 200),
            Inputs.Text("learning.owner", "Action owner", values["learning.owner"], maxLength: 200),
            Inputs.Date("learning.targetDate", "Target date", values["learning.targetDate"]),
        ]);

    private static JsonObject Form(string title, string verb, JsonObject data, IEnumerable<JsonNode> inputs) =>
        CardActions.ShowCard(title, Card.Nested([.. inputs, CardActions.Set(CardActions.Execute(title, verb, data))]));
}
