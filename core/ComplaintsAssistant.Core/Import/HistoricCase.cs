using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Import;

/// <summary>A case of a past year, built whole from its record: it happened elsewhere, so it is not replayed through the
/// workflow (which would refuse dates in the past it never saw, and prompt). Its stages carry the file's dates; its clocks
/// are started where the file says the stage opened, with the file's due and extended due dates (a clock keeps its start
/// and length, so the due date is stored as the working days it allows). Its status follows its furthest stage: answered
/// means closed (withdrawn when withdrawn), unanswered means open, and an open imported case never prompts
/// (<see cref="ImportKey.IsImported"/>).</summary>
public static class HistoricCase
{
    /// <summary>Who handled a stage when the record doesn't say.</summary>
    public const string NotRecorded = "not recorded";

    public static BuiltCase Build(ImportedCase read, Guid id, string reference, string actorId, DateTimeOffset now, ClockRules rules)
    {
        var issues = new ImportIssues(read);
        var kind = issues.Map(ImportVocabulary.Kinds, read.Kind, "kind", required: true);
        var howReceived = issues.Map(ImportVocabulary.HowReceived, read.ReceivedVia, "received_via") ?? HowReceived.NotKnown;
        if (read.Received > UkDate.On(now)) issues.Add("received", read.Received.ToString("yyyy-MM-dd"), "is after today: an import holds past records.");
        var complainant = Complainant(read, kind, issues);
        var children = read.Children.Select((child, i) => new ChildConcerned(
            issues.Map(ImportVocabulary.AgeBands, child.AgeBand, $"children[{i}].age_band") ?? AgeBand.NotKnown,
            issues.Map(ImportVocabulary.Genders, child.Gender, $"children[{i}].gender") ?? Gender.NotKnown,
            issues.Map(ImportVocabulary.Ethnicities, child.Ethnicity, $"children[{i}].ethnicity") ?? Ethnicity.NotKnown,
            issues.Map(ImportVocabulary.Disabilities, child.Disability, $"children[{i}].disability") ?? Disability.NotKnown)).ToArray();
        var concerns = read.Concerns.Select((c, i) => new Concern(i + 1, c.Category)).ToArray();
        var concernOutcomes = read.Concerns.Select((c, i) => (c, i)).Where(x => x.c.Outcome is not null)
            .Select(x => issues.Map(ImportVocabulary.ConcernOutcomes, x.c.Outcome, $"concerns[{x.i}].outcome") is { } outcome ? new ConcernOutcome(x.i + 1, outcome) : null)
            .OfType<ConcernOutcome>().ToArray();
        if (kind is null) return BuiltCase.Refused(issues);

        var stages = HistoricStages.Build(read, kind.Value, concernOutcomes, rules, issues);
        var escalations = HistoricStages.Escalations(read, stages, rules.Calendar, issues);
        var payments = Payments(read, issues);
        var compliment = read.Compliment is { } p
            ? new ComplimentDetails(p.Category ?? "", ComplimentSource(p.Source), p.Quote ?? "", p.About, string.IsNullOrWhiteSpace(p.Source) ? null : p.Source.Trim())
            : null;
        var member = Member(read, kind.Value, issues);
        var ombudsman = Ombudsman(read, kind.Value, issues);
        if (issues.Found.Count > 0) return BuiltCase.Refused(issues);

        var (status, closedOn) = Status(kind.Value, stages, ombudsman);
        var snapshot = new CaseSnapshot(
            id, reference, kind.Value, status, read.Received, howReceived, actorId, read.Team ?? NotRecorded, now, null, complainant,
            children, concerns, stages, escalations, payments, [], [],
            member, compliment, ombudsman, IntakeKey: ImportKey.For(read.Reference), ClosedOn: closedOn,
            ClosureNote: status == CaseStatus.Withdrawn ? "Withdrawn (imported record)" : null);
        return new BuiltCase(snapshot, issues.Found, issues.Unknown);
    }

    private static Complainant? Complainant(ImportedCase read, CaseKind? kind, ImportIssues issues)
    {
        if (kind == CaseKind.MemberEnquiry)
            return new Complainant(ComplainantRelationship.ElectedMember, Name: read.MemberEnquiry?.MemberName ?? read.Complainant?.Name);
        var relationship = issues.Map(ImportVocabulary.Relationships, read.Complainant?.Relationship, "complainant.relationship");
        if (relationship is null)
        {
            if (read.Complainant?.Relationship is null && (read.ChildComplained == true || read.Advocate is not null || read.Complainant?.Name is not null))
                issues.Add("complainant.relationship", null, "is required when the complainant, an advocate or child_complained is given: who complained.");
            return null;
        }
        return new Complainant(relationship.Value,
            ChildComplainedDirectly: read.ChildComplained ?? false,
            SupportedByAdvocate: read.Advocate is not null,
            AdvocateService: read.Advocate?.Service,
            Name: read.Complainant?.Name,
            AdvocateComplainedOnBehalf: read.Advocate?.MadeComplaintOnBehalf ?? false);
    }

    private static ComplimentSource ComplimentSource(string? source) =>
        source is not null && ImportVocabulary.ComplimentSources.TryMap(source, out var known) ? known : Cases.ComplimentSource.Other;

    private static MemberDetails? Member(ImportedCase read, CaseKind kind, ImportIssues issues)
    {
        if (read.MemberEnquiry is not { } m)
        {
            if (kind == CaseKind.MemberEnquiry) issues.Add("member_enquiry", null, "is required for a member enquiry: the member type (MP, MEP or councillor).");
            return null;
        }
        var type = issues.Map(ImportVocabulary.MemberTypes, m.MemberType, "member_enquiry.member_type", required: true);
        return type is null ? null : new MemberDetails(type.Value, m.MemberName ?? "", m.OnBehalfOf);
    }

    /// <summary>The CSV has one column for the finding, or the decision where there is none: a word that isn't a finding
    /// is read as a decision.</summary>
    private static OmbudsmanDetails? Ombudsman(ImportedCase read, CaseKind kind, ImportIssues issues)
    {
        if (read.Ombudsman is not { } o)
            return kind == CaseKind.OmbudsmanEnquiry || read.RelatedReference is not null ? new OmbudsmanDetails(null, read.RelatedReference) : null;
        OmbudsmanFinding? finding = null;
        var decision = issues.Map(ImportVocabulary.OmbudsmanDecisions, o.Decision, "ombudsman.decision");
        if (o.Finding is { } word)
        {
            if (ImportVocabulary.OmbudsmanFindings.TryMap(word, out var found)) finding = found;
            else if (o.Decision is null && ImportVocabulary.OmbudsmanDecisions.TryMap(word, out var decided)) decision = decided;
            else issues.Map(ImportVocabulary.OmbudsmanFindings, word, "ombudsman.finding");
        }
        return new OmbudsmanDetails(null, read.RelatedReference, finding, o.Body, o.LgscoCategory, o.ServiceArea, decision, o.Decided, o.Remedy, o.RemedyAmount);
    }

    private static IReadOnlyList<Payment> Payments(ImportedCase read, ImportIssues issues)
    {
        var costs = read.Costs.Select(c => new Payment(
            c.Type is { } type && ImportVocabulary.CostTypes.TryMap(type, out var known) ? known : PaymentKind.OtherCost,
            c.Amount, c.Type ?? "Cost of handling the complaint", null, c.Stage));
        var compensation = read.Compensation.Select(c => new Payment(PaymentKind.Compensation, c.Amount, c.Reason ?? "Compensation", c.Paid, c.Stage));
        return [.. costs, .. compensation];
    }

    private static (CaseStatus Status, DateOnly? ClosedOn) Status(CaseKind kind, IReadOnlyList<StageRecord> stages, OmbudsmanDetails? ombudsman)
    {
        if (!kind.HasClock()) return (CaseStatus.Logged, null);
        if (kind == CaseKind.OmbudsmanEnquiry && stages.Count == 0)
            return ombudsman?.DecidedOn is { } decided ? (CaseStatus.Closed, decided) : (CaseStatus.InProgress, null);
        if (stages.Count == 0 || stages[^1].RespondedOn is not { } responded) return (CaseStatus.InProgress, null);
        return stages[^1].Outcome == Outcome.Withdrawn ? (CaseStatus.Withdrawn, responded) : (CaseStatus.Closed, responded);
    }
}

/// <summary>A case built from its record, or the issues that stop it being built.</summary>
public sealed record BuiltCase(CaseSnapshot? Snapshot, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<UnknownWord> Unknown)
{
    internal static BuiltCase Refused(ImportIssues issues) => new(null, issues.Found, issues.Unknown);
}
