using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Council;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>What the bot does, with a button for every command (also the welcome card on install).</summary>
public static class HelpCard
{
    public static JsonObject Build(string? name, bool welcome, IReadOnlyList<SetupGap> gaps)
    {
        var greeting = welcome
            ? $"Hello{(string.IsNullOrWhiteSpace(name) ? "" : " " + name)}, I'm the Complaints Assistant."
            : "Here's what I can do.";
        return Card.Of(
            [
                Elements.Heading(welcome ? "Welcome" : "Help"),
                Elements.Text(greeting),
                Elements.Text("I log complaints, member enquiries, informal representations and compliments for children's social care, "
                    + "tell you when responses are due in working days, and keep the learning from complaints."),
                Elements.Text("Type a command or use a button: **log complaint**, **log member enquiry**, **log informal representation**, "
                    + "**log compliment**, **my cases**, **case CC-2026-0042**, **learning**, **figures** (or ask, e.g. **stage 1 on time this year**), **help**.", subtle: true),
                CardActions.Set(
                    CardActions.Submit("Log a complaint", Verbs.ComplaintForm),
                    CardActions.Submit("Log a member enquiry", Verbs.MemberEnquiryForm),
                    CardActions.Submit("Log an informal representation", Verbs.InformalForm),
                    CardActions.Submit("Log a compliment", Verbs.ComplimentForm)),
                CardActions.Set(
                    CardActions.Submit("My cases", Verbs.MyCases),
                    CardActions.Submit("Learning actions", Verbs.Learning),
                    CardActions.Submit("Figures", Verbs.Figures)),
                Inputs.Text("reference", "Open a case by reference", placeholder: "e.g. CC-2026-0042", maxLength: 40),
                CardActions.Set(CardActions.Submit("Open case", Verbs.ViewCase)),
                .. SetUp(gaps),
            ]);
    }

    /// <summary>What the council still has to set up, each with where; nothing when it is done.</summary>
    private static IEnumerable<JsonObject> SetUp(IReadOnlyList<SetupGap> gaps)
    {
        if (gaps.Count == 0) yield break;
        yield return Elements.Container(
            [
                Elements.Subheading("Set-up not finished"),
                Elements.Text("Until these are set, cases and due dates may be wrong for this council:"),
                .. gaps.Select(gap => Elements.Text($"- {gap.What} **Set:** {gap.Where}")),
            ],
            style: "warning", separator: true);
    }
}
