using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.Mailbox;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>
/// A new email in the complaints mailbox, for the complaints officers to triage: the kind the intake proposes and why, the
/// day it counts as received, who wrote it to the child (never a name, an address or the email's words: the officer opens
/// the mailbox for those), and the team it seems to concern. Actions: accept as that kind (with team, owner and, for a
/// complaint or compliment, its category), change the kind, link to an existing case, or not a case. Once decided, the
/// card says what became of the email and by whom, and offers nothing more.
/// </summary>
public static class TriageCard
{
    public static JsonObject Build(TriageDraft triage, FormOptions options, Func<string, string> nameOf,
        CardNotice? notice = null, IReadOnlyList<FieldError>? errors = null, FormValues? typed = null)
    {
        errors ??= [];
        typed ??= FormValues.Empty;
        var body = new List<JsonNode> { Elements.Heading("New email in the complaints mailbox") };
        if (notice is not null) body.Add(notice.Problem ? Elements.Attention(notice.Text) : Elements.Good(notice.Text));
        body.Add(Elements.Facts(Facts(triage)));
        if (triage.State != TriageState.Waiting)
        {
            body.Add(Elements.Text(Outcome(triage, nameOf)));
            return Card.Of(body);
        }

        body.Add(Elements.Text(triage.Unreadable is { } why ? $"The intake could not read this email: {why} Open it in the mailbox." : Reason(triage)));
        var data = new JsonObject { ["draftId"] = triage.Id.ToString("N") };
        var inputs = Fields(triage, options, typed);
        body.AddRange(FormErrors.Banner("Not done", errors, [.. inputs.Select(i => (string?)i["id"] ?? ""), "reference"]));
        body.AddRange(inputs.SelectMany(i => FormErrors.Field(i, errors)));
        var actions = new List<JsonNode>();
        if (triage.Kind.ToCaseKind() is { } kind) actions.Add(CardActions.Execute($"Accept as {Words.Kind(kind).ToLowerInvariant()}", Verbs.TriageAccept, data, style: "positive"));
        actions.Add(CardActions.Execute("Change the kind", Verbs.TriageKind, data));
        actions.Add(CardActions.Execute("Not a case", Verbs.TriageNotACase, data));
        body.Add(CardActions.Set(actions));
        body.Add(Elements.Container(
        [
            .. FormErrors.Field(Inputs.Text("reference", "Or link it to an existing case (reference)", typed["reference"] ?? triage.Draft?.ExistingCase?.Reference,
                placeholder: "e.g. CC-2026-0042", maxLength: 40), errors),
            CardActions.Set(CardActions.Execute("Link to this case", Verbs.TriageLink, data)),
        ], separator: true));
        return Card.Of(body);
    }

    private static IEnumerable<(string, string)> Facts(TriageDraft triage)
    {
        var draft = triage.Draft;
        yield return ("Proposed", KindWords(triage.Kind));
        yield return ("Received", draft is null ? "not read" : Words.Date(draft.ReceivedOn));
        if (draft?.Complainant.Relationship is { } relationship) yield return ("From", Words.Of(relationship));
        if (draft?.Team is { } team) yield return ("Team", team);
    }

    private static string Reason(TriageDraft triage)
    {
        var draft = triage.Draft!;
        var reason = triage.Kind == draft.Kind ? draft.KindReason : $"An officer changed the kind to {KindWords(triage.Kind).ToLowerInvariant()} (the intake proposed {KindWords(draft.Kind).ToLowerInvariant()}: {draft.KindReason})";
        return draft.TeamReason is { } teamReason ? $"{reason} Team: {teamReason}" : reason;
    }

    private static List<JsonObject> Fields(TriageDraft triage, FormOptions options, FormValues typed)
    {
        var values = typed;
        if (triage.Draft?.Team is { } team && values["team"] is null) values = values.With("team", team);
        var inputs = new List<JsonObject>
        {
            Inputs.Choices("kind", "Kind", Enum.GetValues<DraftKind>().Select(k => new Choice(KindWords(k), k.ToString())), values.Or("kind", triage.Kind.ToString())),
        };
        if (triage.Kind.ToCaseKind() is not { } kind) return inputs;
        inputs.Add(FormParts.Team(options, values));
        if (kind.HasClock()) inputs.Add(FormParts.Owner(options, values));
        if (kind is CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint)
            inputs.Add(Inputs.Choices("concerns", "Category of concern", options.ConcernCategories.Select(c => new Choice(c, c)), values["concerns"], placeholder: "Choose the category"));
        if (kind == CaseKind.Compliment)
            inputs.Add(Inputs.Choices("category", "What the compliment is about", options.ComplimentCategories.Select(c => new Choice(c, c)), values["category"], placeholder: "Choose the category"));
        return inputs;
    }

    private static string Outcome(TriageDraft triage, Func<string, string> nameOf)
    {
        var by = triage.DecidedBy is { } who ? $" by {nameOf(who)}" : "";
        var on = triage.DecidedAt is { } at ? $" on {Words.Date(Core.Common.UkDate.On(at))}" : "";
        return triage.State switch
        {
            TriageState.Accepted => $"Made into case {triage.Reference}{by}{on}. The email is kept with it.",
            TriageState.Linked when triage.DecidedBy is null => $"Already case {triage.Reference}: the email is kept with it.",
            TriageState.Linked => $"Kept with case {triage.Reference}{by}{on}.",
            _ => $"Not a case{by}{on}.",
        };
    }

    public static string KindWords(DraftKind kind) => kind.ToCaseKind() is { } caseKind ? Words.Kind(caseKind) : "Not a case";
}
