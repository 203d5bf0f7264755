using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>The sub-forms of the case card, one per change. Input ids carry the form's prefix so every id on the card is unique.</summary>
public static class CaseActionForms
{
    public static IEnumerable<SubForm> For(CaseCardModel model, FormValues values)
    {
        var today = Words.Iso(model.Today);
        var allowed = model.Allowed;
        if (allowed.Contains(CaseAction.Acknowledge)) yield return Acknowledge(values, today);
        if (allowed.Contains(CaseAction.RecordResponse)) yield return Respond(model, values, today);
        if (allowed.Contains(CaseAction.Extend)) yield return Extend(values, today);
        if (allowed.Contains(CaseAction.RequestEscalation)) yield return Escalate(values, today);
        if (allowed.Contains(CaseAction.Reassign)) yield return Reassign(model, values);
        if (allowed.Contains(CaseAction.Withdraw)) yield return Withdraw(values, today);
        if (allowed.Contains(CaseAction.AddLearningAction)) yield return Learning(values);
    }

    /// <summary>Staff look for "Request escalation" when a complainant asks to take it further: once the council's procedure
    /// has ended (when escalating is never offered) the button answers with the way to the Ombudsman instead of a form.</summary>
    public static JsonObject? OmbudsmanRoute(CaseCardModel model) =>
        model.OmbudsmanRoute is { } route && !model.Allowed.Contains(CaseAction.RequestEscalation)
            ? CardActions.ShowCard("Request escalation", Card.Nested([Elements.Text(route)]))
            : null;

    /// <summary>A concern's outcome is final: "in progress" is not one.</summary>
    private static readonly Outcome[] FinalConcernOutcomes = [.. Enum.GetValues<Outcome>().Where(o => o != Outcome.InProgress)];

    /// <summary>A response records a finding: "resolved informally" is a concern's outcome only.</summary>
    private static readonly Outcome[] FinalOutcomes = [.. FinalConcernOutcomes.Where(o => o != Outcome.ResolvedInformally)];

    private static SubForm Acknowledge(FormValues values, string today) =>
        new("Acknowledge", Verbs.Acknowledge,
        [
            Inputs.Date("acknowledge.acknowledgedOn", "Date the complainant was acknowledged", values.Or("acknowledge.acknowledgedOn", today)),
        ]);

    private static SubForm Respond(CaseCardModel model, FormValues values, string today)
    {
        var concerns = model.View.Case.Concerns.Select(concern =>
            Inputs.Choices($"respond.concern.{concern.Number}", $"Outcome for concern {concern.Number}: {concern.Category}",
                Words.Choices(FinalConcernOutcomes), values[$"respond.concern.{concern.Number}"], placeholder: "Choose the outcome"));
        return new SubForm("Record the response", Verbs.RecordResponse,
        [
            Inputs.Date("respond.respondedOn", "Date of the response", values.Or("respond.respondedOn", today)),
            Inputs.Choices("respond.outcome", "Overall outcome", Words.Choices(FinalOutcomes), values["respond.outcome"], placeholder: "Choose the outcome"),
            Inputs.Choices("respond.resolutions", "What was done to put things right", Words.Choices<Resolution>(), values["respond.resolutions"], multiSelect: true),
            .. concerns,
        ], GroupId: "respond.concernOutcomes");
    }

    private static SubForm Extend(FormValues values, string today) =>
        new("Extend", Verbs.Extend,
        [
            Inputs.Number("extend.totalWorkingDays", "New total working days (from the start, not days added)", values["extend.totalWorkingDays"], min: 1),
            Inputs.Choices("extend.ground", "Why", Words.Choices<ExtensionGround>(), values.Or("extend.ground", nameof(ExtensionGround.Complex))),
            Inputs.Text("extend.reason", "Reason", values["extend.reason"], multiline: true, maxLength: 2000),
            Inputs.Toggle("extend.agreed", "Agreed with the complainant", values["extend.agreed"] == "true"),
            Inputs.Date("extend.agreedOn", "Date agreed or decided", values.Or("extend.agreedOn", today)),
        ]);

    private static SubForm Escalate(FormValues values, string today) =>
        new("Request escalation", Verbs.Escalate,
        [
            Inputs.Date("escalate.requestedOn", "Date the complainant asked", values.Or("escalate.requestedOn", today)),
            Inputs.Text("escalate.lateReason", "If late: why it is accepted", values["escalate.lateReason"], multiline: true, maxLength: 2000),
        ]);

    private static SubForm Reassign(CaseCardModel model, FormValues values) =>
        new("Reassign", Verbs.Reassign,
        [
            Inputs.Choices("reassign.owner", "New owner", model.Owners, values["reassign.owner"], placeholder: "Choose the new owner"),
        ]);

    private static SubForm Withdraw(FormValues values, string today) =>
        new("Withdraw", Verbs.Withdraw,
        [
            Inputs.Date("withdraw.withdrawnOn", "Date withdrawn", values.Or("withdraw.withdrawnOn", today)),
            Inputs.Text("withdraw.reason", "Reason", values["withdraw.reason"], multiline: true, maxLength: 2000),
        ]);

    private static SubForm Learning(FormValues values) =>
        new("Add learning", Verbs.AddLearning,
        [
            Inputs.Text("learning.issue", "Issue identified", values["learning.issue"], multiline: true, maxLength: 2000),
            Inputs.Text("learning.lesson", "Lesson learnt", values["learning.lesson"], multiline: true, maxLength: 2000),
            Inputs.Text("learning.action", "Action", values["learning.action"], multiline: true, maxLength: 2000),
            Inputs.Text("learning.department", "Department", values["learning.department"], maxLength: 200),
            Inputs.Text("learning.owner", "Action owner", values["learning.owner"], maxLength: 200),
            Inputs.Date("learning.targetDate", "Target date", values["learning.targetDate"]),
        ]);
}
