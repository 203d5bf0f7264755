using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>One case: where it is, when it is due, and the changes the reader may make, each a sub-form
/// (Action.ShowCard) whose button updates this card in place. A refused sub-form stays open, keeping what was typed.</summary>
public static class CaseCard
{
    public static JsonObject Build(CaseCardModel model)
    {
        var view = model.View;
        var c = view.Case;
        var stage = c.Stages.Count > 0 ? c.Stages[^1] : null;
        var body = new List<JsonNode>
        {
            Elements.Heading(c.Reference),
            Elements.Text($"{Words.Kind(c.Kind)}{(stage is null ? "" : $" · stage {stage.Number}")} · {Workflow.Describe(c.Status)}", subtle: true),
        };
        if (model.Notice is { } notice) body.Add(notice.Problem ? Elements.Attention(notice.Text) : Elements.Good(notice.Text));
        var values = model.Values ?? FormValues.Empty;
        var forms = CaseActionForms.For(model, values).ToList();
        var refused = model.Refused;
        var open = refused is null ? null : forms.FirstOrDefault(f => f.Verb == refused.Verb);
        if (refused is not null) body.AddRange(FormErrors.Banner("Not done", refused.Errors, open?.Placed ?? []));
        if (DueLine.For(view, onTimeColor: null) is { } due) body.Add(due);

        var facts = new List<(string, string)> { ("Team", c.Team), ("Received", Words.Date(c.ReceivedOn)) };
        if (stage?.AcknowledgedOn is { } acknowledged) facts.Add(("Acknowledged", Words.Date(acknowledged)));
        if (stage is not null) facts.Add(("Owner", model.OwnerName));
        if (stage?.Clock.Extension is { } extension) facts.Add(("Extended", $"to {extension.TotalWorkingDays} working days ({Words.Of(extension.Ground).ToLowerInvariant()})"));
        if (stage?.Outcome is { } outcome) facts.Add(("Outcome", Words.Of(outcome)));
        if (c.LearningActions.Count > 0) facts.Add(("Learning actions", c.LearningActions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        body.Add(Elements.Facts(facts));

        if (c.Concerns.Count > 0)
        {
            body.Add(Elements.Text("Concerns", weight: "Bolder"));
            body.Add(Elements.NumberedList(c.Concerns.Select(concern => ConcernLine(concern, stage))));
        }
        body.AddRange(view.Warnings.Select(w => (JsonNode)Elements.Text(w, color: "Warning")));
        // Plain text, not an Attention colour: it must read at AA contrast, and a hold is information, not an error.
        body.AddRange(view.Holds.Select(h => (JsonNode)Elements.Text($"On legal hold: {h.Reason}", weight: "Bolder")));

        var data = new JsonObject { ["caseId"] = c.Id.ToString(), ["version"] = view.Version };
        if (open is not null) body.Add(open.Open(data, refused!.Errors));
        var actions = forms.Where(f => !ReferenceEquals(f, open)).Select(f => f.Behind(data)).ToList();
        // Where the escalation form would be: a case with the Ombudsman's way has no response or extension form before it.
        if (CaseActionForms.OmbudsmanRoute(model) is { } route) actions.Insert(0, route);
        actions.Add(CardActions.Execute("Refresh", Verbs.ViewCase, new JsonObject { ["caseId"] = c.Id.ToString(), ["inPlace"] = "true" }));
        // Hosts show at most five actions per set (Teams and the JS renderer's default host config); three a row reads well.
        body.AddRange(actions.Chunk(3).Select(row => (JsonNode)CardActions.Set(row)));
        return Card.Of(body);
    }

    private static string ConcernLine(Concern concern, StageRecord? stage)
    {
        var outcome = stage?.ConcernOutcomes?.FirstOrDefault(o => o.ConcernNumber == concern.Number);
        return outcome is null ? concern.Category : $"{concern.Category} — {Words.Of(outcome.Outcome).ToLowerInvariant()}";
    }
}
