using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>The complaints officers' weekly digest: what needs the council's attention first (the bot's secret about to
/// expire, set-up not finished), the counts, then each list by case reference (never a complainant's name), and the staff
/// the bot could not reach, named as the council set them up.</summary>
public static class DigestCard
{
    /// <summary>Keeps the card well under Teams' size limit in a council with a long backlog; the counts stay exact.</summary>
    private const int MaxListed = 25;

    public static JsonObject Build(OfficerDigest digest, Func<string, string> nameOf, IReadOnlyList<string> attention)
    {
        var body = new List<JsonNode>
        {
            Elements.Heading($"Complaints this week: week beginning {UkDate.InWords(digest.Week.Monday)}"),
        };
        if (attention.Count > 0)
            body.Add(Elements.Container(
                [Elements.Text("Needs the council's attention", weight: "Bolder"), .. attention.Select(line => Elements.Text(line))],
                style: "warning"));
        body.AddRange(
        [
            Elements.Facts(
            [
                ("Overdue", Count(digest.Overdue.Count, "deadline")),
                ("Due this week", Count(digest.DueThisWeek.Count, "deadline")),
                ("Extended", Count(digest.Extended.Count, "case")),
                ("Awaiting an escalation decision", Count(digest.AwaitingEscalationDecision.Count, "case")),
                ("People the bot can't reach", Count(digest.CannotReach.Count, "prompt")),
            ]),
        ]);
        Section(body, "Overdue", digest.Overdue.Select(Line));
        Section(body, "Due this week", digest.DueThisWeek.Select(Line));
        Section(body, "Extended", digest.Extended);
        Section(body, "Awaiting an escalation decision", digest.AwaitingEscalationDecision);
        Section(body, "Subject access requests", digest.SubjectAccess.Select(r =>
            $"{r.Reference}: due {UkDate.InWords(r.DueOn)}{(r.DueOn < digest.Week.Monday ? " (overdue)" : "")}"));
        Section(body, "People the bot can't reach", digest.CannotReach.Select(u => $"{nameOf(u.Recipient)}, {u.Reference}: {u.Why}"));
        Section(body, "Due for disposal, awaiting your approval", digest.AwaitingDisposalApproval ?? []);
        body.Add(CardActions.Set(CardActions.Submit("My cases", Verbs.MyCases), CardActions.Submit("Figures", Verbs.Figures)));
        return Card.Of(body);
    }

    private static void Section(List<JsonNode> body, string title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        if (all.Count == 0) return;
        var shown = all.Take(MaxListed).ToList();
        if (all.Count > shown.Count) shown.Add($"and {all.Count - shown.Count} more");
        body.Add(Elements.Container([Elements.Text(title, weight: "Bolder"), Elements.Text(string.Join("\r", shown.Select(l => $"- {l}")))], separator: true));
    }

    private static string Line(DigestDeadline due) => $"{due.Reference}: {What(due)}, due {UkDate.InWords(due.DueOn)}";

    private static string What(DigestDeadline due) => due.Clock switch
    {
        PromptClock.Acknowledgement => $"stage {due.Item} acknowledgement",
        PromptClock.Response => $"stage {due.Item} response",
        PromptClock.PanelHearing => "review panel",
        PromptClock.PanelRecommendations => "panel's recommendations",
        PromptClock.Decision => "council's decision",
        _ => $"learning action {due.Item}",
    };

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
