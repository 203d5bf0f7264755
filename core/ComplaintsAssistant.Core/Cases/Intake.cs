using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>What a new representation must carry, kind by kind. Council-specific lists (teams,
/// categories) and who may own it are checked by the use case against configuration.</summary>
public static class Intake
{
    /// <summary>Every rule <paramref name="input"/> breaks (one per field), or null.</summary>
    public static DomainError? Validate(NewCase input, DateOnly today)
    {
        if (!Enum.IsDefined(input.Kind))
            return DomainError.Invalid("kind", "unknown-kind",
                $"The kind of record is not one this council keeps: use one of {string.Join(", ", Enum.GetValues<CaseKind>().Select(k => Workflow.Describe(k)))}.");
        var received = ReceivedWords(input.Kind);
        return Check.All([
            Enum.IsDefined(input.HowReceived) ? null : DomainError.Invalid("howReceived", "unknown-value", "How it was received is not one of the ways this service records."),
            .. UnknownValues(input),
            Check.Required(input.Team, "team"),
            Check.NotInFuture(input.ReceivedOn, today, "receivedOn", received),
            input.ReceivedOn.Year < 2000 ? DomainError.Invalid("receivedOn", "date-too-old", $"{Sentences.Capital(received)} must be in the year 2000 or later.") : null,
            Check.Optional(input.Summary, "summary", 8000),
            input.Kind.HasClock() ? Check.Required(input.Owner, "owner") : null,
            .. Concerns(input),
            KindDetails(input),
            OneYearRule(input, received),
            Acknowledgement(input, today, received),
            FixedDue(input, received)]);
    }

    /// <summary>"the date the complaint was received".</summary>
    public static string ReceivedWords(CaseKind kind) => $"the date the {kind.Noun()} was received";

    /// <summary>Nested fields holding a value outside their list (callers other than the API can send any number).</summary>
    private static IEnumerable<DomainError> UnknownValues(NewCase input)
    {
        if (input.Complainant is { } c && !Enum.IsDefined(c.Relationship)) yield return Unknown("complainant.relationship", "who is complaining");
        if (input.Complainant is { } old && old.Relationship.IsLegacy())
            yield return NoLongerRecorded("complainant.relationship", "\"Parent or relative\"", "parent, grandparent or relative");
        if (input.Member is { } m && !Enum.IsDefined(m.Type)) yield return Unknown("member.type", "the kind of member");
        if (input.Compliment is { } p && !Enum.IsDefined(p.Source)) yield return Unknown("compliment.source", "who the compliment came from");
        foreach (var (child, i) in (input.Children ?? []).Select((child, i) => (child, i)))
        {
            if (!Enum.IsDefined(child.AgeBand)) yield return Unknown($"children[{i}].ageBand", $"child {i + 1}'s age band");
            else if (child.AgeBand.IsLegacy())
                yield return NoLongerRecorded($"children[{i}].ageBand", $"Child {i + 1}'s age band \"{(child.AgeBand == AgeBand.Under5 ? "under 5" : "5-10")}\"", "under 1, 1-4, 5-9, 10-15, 16-17, 18+ or not known");
            if (!Enum.IsDefined(child.Gender)) yield return Unknown($"children[{i}].gender", $"child {i + 1}'s gender");
            if (!Enum.IsDefined(child.Ethnicity)) yield return Unknown($"children[{i}].ethnicity", $"child {i + 1}'s ethnicity");
            else if (child.Ethnicity.IsLegacy())
                yield return NoLongerRecorded($"children[{i}].ethnicity", $"Child {i + 1}'s ethnic group on its own", "the ONS category within the group (e.g. White: British), or not known");
            if (!Enum.IsDefined(child.Disability)) yield return Unknown($"children[{i}].disability", $"child {i + 1}'s disability");
        }
    }

    /// <summary>A value older records hold (docs/decisions/0012-figures-vocabulary.md) given to a new one.</summary>
    private static DomainError NoLongerRecorded(string field, string what, string instead) =>
        DomainError.Invalid(field, "no-longer-recorded", $"{what} is only kept on older records: choose {instead}.");

    private static DomainError Unknown(string field, string words) =>
        DomainError.Invalid(field, "unknown-value", $"{Sentences.Capital(words)} is not one of the values this service records.");

    private static IEnumerable<DomainError?> Concerns(NewCase input)
    {
        var categories = input.ConcernCategories ?? [];
        if (input.Kind is CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint && categories.Count == 0)
            return [DomainError.Invalid("concerns", "at-least-one-concern", "A complaint needs at least one concern (point of complaint) with a category.")];
        if (categories.Count > 100)
            return [DomainError.Invalid("concerns", "too-many-concerns", "A case can record at most 100 concerns.")];
        return categories.Select((c, i) => Check.Required(c, $"concerns[{i}]", words: $"the category of concern {i + 1}"));
    }

    private static DomainError? KindDetails(NewCase input) => input.Kind switch
    {
        CaseKind.MemberEnquiry when input.Member is null =>
            DomainError.Invalid("member", "member-required", "A member enquiry needs the member: MP, MEP or councillor, and their name."),
        CaseKind.MemberEnquiry => Check.Required(input.Member!.MemberName, "member.memberName"),
        CaseKind.Compliment when input.Compliment is null =>
            DomainError.Invalid("compliment", "compliment-required", "A compliment needs its category, who it came from and the words."),
        CaseKind.Compliment => Check.All(
            Check.Required(input.Compliment!.Category, "compliment.category"),
            Check.Required(input.Compliment.Words, "compliment.words", 4000),
            Check.Optional(input.Compliment.SourceWords, "compliment.sourceWords", 200)),
        CaseKind.Comment when string.IsNullOrWhiteSpace(input.Summary) =>
            DomainError.Invalid("summary", "required", "The summary is required: what the comment says."),
        _ => null,
    };

    /// <summary>A complaint should be made within one year; a later one may be accepted with a reason (reg 9).</summary>
    private static DomainError? OneYearRule(NewCase input, string received)
    {
        if (input.MattersAroseOn is not { } arose) return null;
        if (arose > input.ReceivedOn)
            return DomainError.Invalid("mattersAroseOn", "mattersAroseOn-after-receivedOn",
                $"The date the matters arose ({UkDate.InWords(arose)}) can't be after {received} ({UkDate.InWords(input.ReceivedOn)}).");
        if (arose.AddYears(1) < input.ReceivedOn && string.IsNullOrWhiteSpace(input.LateAcceptanceReason))
            return DomainError.Invalid("lateAcceptanceReason", "late-complaint-needs-reason",
                "The complaint was made more than a year after the matters arose: record why it is accepted (the reason for accepting a late complaint).");
        return null;
    }

    private static DomainError? Acknowledgement(NewCase input, DateOnly today, string received) =>
        input.AcknowledgedOn is { } ack
            ? Check.All(Check.NotBefore(ack, input.ReceivedOn, "acknowledgedOn", "receivedOn", earliestWords: received), Check.NotInFuture(ack, today, "acknowledgedOn"))
            : null;

    private static DomainError? FixedDue(NewCase input, string received) => input.FixedDueOn switch
    {
        null => null,
        _ when input.Kind != CaseKind.OmbudsmanEnquiry =>
            DomainError.Invalid("dueOn", "due-date-set-by-rule", "Only an Ombudsman enquiry takes a due date; other due dates follow the council's timescales."),
        { } due => Check.NotBefore(due, input.ReceivedOn, "dueOn", "receivedOn", earliestWords: received),
    };
}
