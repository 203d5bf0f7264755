using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>Snooze on a prompt card: the working day to hear nothing more before, behind its button, or open with what was
/// typed and why it was refused. The button names the deadline (case, clock, stage, due date), so a click on a card for a
/// deadline that has since moved on is recognised and changes nothing.</summary>
/// <param name="Latest">The last day that may be chosen (the bound, or the due date if sooner).</param>
public sealed record SnoozeForm(DateOnly Latest, string? Typed = null, IReadOnlyList<FieldError>? Errors = null)
{
    public const string Prefix = "snooze.";

    public JsonNode Build(Prompt prompt)
    {
        var until = Inputs.Date(Prefix + PromptSnoozes.Field, $"Snooze reminders until (a working day, {UkDate.InWords(Latest)} at the latest)", Typed);
        until["max"] = Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var form = new SubForm("Snooze", Verbs.SnoozePrompt, [until]);
        var data = new JsonObject
        {
            ["caseId"] = prompt.CaseId.ToString(),
            ["clock"] = prompt.Due.Clock.ToString(),
            ["item"] = prompt.Due.Item.ToString(CultureInfo.InvariantCulture),
            ["dueOn"] = prompt.Due.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["threshold"] = prompt.Threshold.ToString(CultureInfo.InvariantCulture),
            ["inPlace"] = "true",
        };
        return Errors is null ? CardActions.Set(form.Behind(data)) : form.Open(data, Errors);
    }
}
