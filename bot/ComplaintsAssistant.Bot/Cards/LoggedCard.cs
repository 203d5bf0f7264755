using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>The confirmation after logging: the reference, and the due date in plain words from core.</summary>
public static class LoggedCard
{
    /// <param name="alreadyLogged">When the same source had been logged before and that case came back, core's words
    /// for it ("You've already logged this: CC-2026-0001"); null for a case just logged.</param>
    public static JsonObject Build(CaseView view, string ownerName, string? alreadyLogged = null)
    {
        var c = view.Case;
        var facts = new List<(string, string)>
        {
            ("Reference", c.Reference),
            ("Kind", Words.Kind(c.Kind)),
            ("Team", c.Team),
            ("Received", Words.Date(c.ReceivedOn)),
        };
        if (c.Stages.Count > 0) facts.Add(("Owner", ownerName));
        return Card.Of(
            [
                Elements.Heading(alreadyLogged ?? $"Logged {c.Reference}"),
                DueLine.For(view, onTimeColor: "Good") ?? Elements.Text("Thank you: recorded for the annual report."),
                Elements.Facts(facts),
                .. view.Warnings.Select(w => (JsonNode)Elements.Text(w, color: "Warning")),
                CardActions.Set(
                    CardActions.Submit("Open case", Verbs.ViewCase, new JsonObject { ["caseId"] = c.Id.ToString() }),
                    CardActions.Submit("Help", Verbs.Help)),
            ]);
    }

    /// <summary>The same facts in one line, for clients that cannot show the replacement card.</summary>
    public static string Summary(CaseView view) =>
        view.DueInWords is { } due
            ? $"Logged {view.Case.Reference} ({Workflow.Describe(view.Case.Kind)}): response {due}{(view.Deadline?.Overdue == true ? " — overdue" : "")}."
            : $"Logged {view.Case.Reference} ({Workflow.Describe(view.Case.Kind)}).";
}
