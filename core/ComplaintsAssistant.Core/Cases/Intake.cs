using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>What a new representation must carry, kind by kind. Council-specific lists (teams,
/// categories) are checked by the use case against configuration.</summary>
public static class Intake
{
    public static DomainError? Validate(NewCase input, DateOnly today)
    {
        if (!Enum.IsDefined(input.Kind)) return DomainError.Invalid("kind", "unknown-kind", "kind is not a kind of record this council keeps.");
        if (!Enum.IsDefined(input.HowReceived)) return DomainError.Invalid("howReceived", "unknown-value", "howReceived is not a known way of receiving a case.");
        if (UnknownValue(input) is { } unknown) return DomainError.Invalid(unknown, "unknown-value", $"{unknown} is not one of the values this field takes.");
        return Check.First(
            Check.Required(input.Team, "team"),
            Check.NotInFuture(input.ReceivedOn, today, "receivedOn"),
            input.ReceivedOn.Year < 2000 ? DomainError.Invalid("receivedOn", "date-too-old", "receivedOn must be in the year 2000 or later.") : null,
            Check.Optional(input.Summary, "summary", 8000),
            input.Kind.HasClock() ? Check.Required(input.Owner, "owner") : null,
            Concerns(input),
            KindDetails(input),
            OneYearRule(input),
            Acknowledgement(input, today),
            FixedDue(input));
    }

    /// <summary>The first nested field holding a value outside its list (callers other than the API can send any number).</summary>
    private static string? UnknownValue(NewCase input)
    {
        if (input.Complainant is { } c && !Enum.IsDefined(c.Relationship)) return "complainant.relationship";
        if (input.Member is { } m && !Enum.IsDefined(m.Type)) return "member.type";
        if (input.Compliment is { } p && !Enum.IsDefined(p.Source)) return "compliment.source";
        foreach (var (child, i) in (input.Children ?? []).Select((child, i) => (child, i)))
        {
            if (!Enum.IsDefined(child.AgeBand)) return $"children[{i}].ageBand";
            if (!Enum.IsDefined(child.Gender)) return $"children[{i}].gender";
            if (!Enum.IsDefined(child.Ethnicity)) return $"children[{i}].ethnicity";
            if (!Enum.IsDefined(child.Disability)) return $"children[{i}].disability";
        }
        return null;
    }

    private static DomainError? Concerns(NewCase input)
    {
        var categories = input.ConcernCategories ?? [];
        if (input.Kind is CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint && categories.Count == 0)
            return DomainError.Invalid("concerns", "at-least-one-concern", "A complaint needs at least one concern (point of complaint) with a category.");
        if (categories.Count > 100)
            return DomainError.Invalid("concerns", "too-many-concerns", "A case can record at most 100 concerns.");
        return categories.Select((c, i) => Check.Required(c, $"concerns[{i}]")).FirstOrDefault(e => e is not null);
    }

    private static DomainError? KindDetails(NewCase input) => input.Kind switch
    {
        CaseKind.MemberEnquiry when input.Member is null =>
            DomainError.Invalid("member", "member-required", "A member enquiry needs the member: MP, MEP or councillor, and their name."),
        CaseKind.MemberEnquiry => Check.Required(input.Member!.MemberName, "member.memberName"),
        CaseKind.Compliment when input.Compliment is null =>
            DomainError.Invalid("compliment", "compliment-required", "A compliment needs its category, who it came from and the words."),
        CaseKind.Compliment => Check.First(
            Check.Required(input.Compliment!.Category, "compliment.category"),
            Check.Required(input.Compliment.Words, "compliment.words", 4000)),
        CaseKind.Comment when string.IsNullOrWhiteSpace(input.Summary) =>
            DomainError.Invalid("summary", "required", "summary is required: what the comment says."),
        _ => null,
    };

    /// <summary>A complaint should be made within one year; a later one may be accepted with a reason (reg 9).</summary>
    private static DomainError? OneYearRule(NewCase input)
    {
        if (input.MattersAroseOn is not { } arose) return null;
        if (arose > input.ReceivedOn)
            return DomainError.Invalid("mattersAroseOn", "mattersAroseOn-after-receivedOn", "mattersAroseOn cannot be after receivedOn.");
        if (arose.AddYears(1) < input.ReceivedOn && string.IsNullOrWhiteSpace(input.LateAcceptanceReason))
            return DomainError.Invalid("lateAcceptanceReason", "late-complaint-needs-reason",
                "The complaint was made more than a year after the matters arose: record why it is accepted (lateAcceptanceReason).");
        return null;
    }

    private static DomainError? Acknowledgement(NewCase input, DateOnly today) =>
        input.AcknowledgedOn is { } ack
            ? Check.First(Check.NotBefore(ack, input.ReceivedOn, "acknowledgedOn", "receivedOn"), Check.NotInFuture(ack, today, "acknowledgedOn"))
            : null;

    private static DomainError? FixedDue(NewCase input) => input.FixedDueOn switch
    {
        null => null,
        _ when input.Kind != CaseKind.OmbudsmanEnquiry =>
            DomainError.Invalid("dueOn", "due-date-set-by-rule", "Only an Ombudsman enquiry takes a due date; other due dates follow the council's timescales."),
        { } due => Check.NotBefore(due, input.ReceivedOn, "dueOn", "receivedOn"),
    };
}
