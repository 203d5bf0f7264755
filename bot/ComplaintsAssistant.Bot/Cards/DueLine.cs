using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>"Response due Monday 18 May — 10 working days", in the attention colour with "— overdue" once it has passed,
/// so a case that is already late never reads as good news.</summary>
public static class DueLine
{
    /// <param name="onTimeColor">The colour while it is not overdue: "Good" on a confirmation, none on the case card.</param>
    public static JsonObject? For(CaseView view, string? onTimeColor) =>
        view.DueInWords is not { } due ? null
        : view.Deadline?.Overdue == true ? Elements.Text($"Response {due} — overdue", weight: "Bolder", color: "Attention")
        : Elements.Text($"Response {due}", weight: "Bolder", color: onTimeColor);
}
