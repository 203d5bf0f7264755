using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Bot.Api.Requests;

/// <summary>A new representation of any kind. <c>intakeKey</c> (e.g. an email's internet message id) makes
/// logging the same source twice return the first case. Parameters with a default are optional in the OpenAPI
/// document; the rest are required there. Some optional ones are required by kind, and core says so by name:
/// <c>owner</c> for every kind with a clock, <c>concerns</c> for complaints, <c>member</c> for member enquiries,
/// <c>compliment</c> for compliments, <c>summary</c> for comments.</summary>
public sealed record LogCaseRequest(
    CaseKind? Kind,
    DateOnly? ReceivedOn,
    HowReceived? HowReceived,
    string? Team,
    string? Owner = null,
    ComplainantRequest? Complainant = null,
    List<ChildRequest>? Children = null,
    List<string>? Concerns = null,
    string? Summary = null,
    MemberRequest? Member = null,
    ComplimentRequest? Compliment = null,
    OmbudsmanRequest? Ombudsman = null,
    DateOnly? DueOn = null,
    DateOnly? MattersAroseOn = null,
    string? LateAcceptanceReason = null,
    DateOnly? AcknowledgedOn = null,
    string? IntakeKey = null)
{
    public Result<NewCase> ToNewCase()
    {
        if (Kind is not { } kind) return Require.Missing("kind");
        if (ReceivedOn is not { } receivedOn) return Require.Missing("receivedOn");
        if (HowReceived is not { } howReceived) return Require.Missing("howReceived");
        if (Complainant is { Relationship: null }) return Require.Missing("complainant.relationship");
        if (Member is { Type: null }) return Require.Missing("member.type");
        if (Compliment is { Source: null }) return Require.Missing("compliment.source");
        if (IntakeKey is { Length: > 500 }) return DomainError.Invalid("intakeKey", "too-long", "intakeKey must be at most 500 characters.");

        return new NewCase(kind, receivedOn, howReceived, Team ?? "", Owner,
            Complainant is { } c ? new Complainant(c.Relationship!.Value, c.ChildComplainedDirectly ?? false, c.SupportedByAdvocate ?? false, c.AdvocateService, c.Name, c.Contact,
                c.AdvocateComplainedOnBehalf ?? false) : null,
            Children?.Select(ch => new ChildConcerned(ch.AgeBand ?? AgeBand.NotKnown, ch.Gender ?? Gender.NotKnown, ch.Ethnicity ?? Ethnicity.NotKnown, ch.Disability ?? Disability.NotKnown)).ToArray(),
            Concerns,
            Summary,
            Member is { } m ? new MemberDetails(m.Type!.Value, m.Name ?? "", m.OnBehalfOf) : null,
            Compliment is { } p ? new ComplimentDetails(p.Category ?? "", p.Source!.Value, p.Words ?? "", p.AboutWorker, string.IsNullOrWhiteSpace(p.SourceWords) ? null : p.SourceWords.Trim()) : null,
            Ombudsman is { } o ? new OmbudsmanDetails(o.OmbudsmanReference, o.RelatedCaseReference,
                Body: o.Body, LgscoCategory: o.LgscoCategory, ServiceArea: o.ServiceArea) : null,
            MattersAroseOn, LateAcceptanceReason, AcknowledgedOn, DueOn, string.IsNullOrWhiteSpace(IntakeKey) ? null : IntakeKey.Trim());
    }
}

public sealed record ComplainantRequest(
    ComplainantRelationship? Relationship, bool? ChildComplainedDirectly = null, bool? SupportedByAdvocate = null, string? AdvocateService = null,
    string? Name = null, string? Contact = null, bool? AdvocateComplainedOnBehalf = null);

/// <summary>Monitoring only; anything not given is recorded as not known.</summary>
public sealed record ChildRequest(AgeBand? AgeBand = null, Gender? Gender = null, Ethnicity? Ethnicity = null, Disability? Disability = null);

public sealed record MemberRequest(MemberType? Type, string? Name, string? OnBehalfOf = null);

/// <param name="SourceWords">Who it came from in the council's own words, where <paramref name="Source"/> is <c>other</c>
/// (e.g. "Independent Reviewing Officer"): figures report it under these words.</param>
public sealed record ComplimentRequest(string? Category, ComplimentSource? Source, string? Words, string? AboutWorker = null, string? SourceWords = null);

public sealed record OmbudsmanRequest(string? OmbudsmanReference = null, string? RelatedCaseReference = null,
    string? Body = null, string? LgscoCategory = null, string? ServiceArea = null);
