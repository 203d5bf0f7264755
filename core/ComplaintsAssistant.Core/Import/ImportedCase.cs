namespace ComplaintsAssistant.Core.Import;

/// <summary>One case as the file gives it, before its vocabularies are mapped to ours: the keys of import-format.md's
/// JSON Lines form (a CSV case is gathered into the same shape from its rows). Words from the file's lists stay strings
/// here; <see cref="ImportVocabulary"/> maps them.</summary>
/// <param name="Where">Where each key of this case is in the file, for issues.</param>
public sealed record ImportedCase(
    string Reference,
    string Kind,
    DateOnly Received,
    string? ReceivedVia,
    ImportedComplainant? Complainant,
    bool? ChildComplained,
    ImportedAdvocate? Advocate,
    string? Team,
    IReadOnlyList<ImportedConcern> Concerns,
    IReadOnlyList<ImportedStage> Stages,
    IReadOnlyList<ImportedEscalationRequest> EscalationRequests,
    ImportedResponse? Response,
    IReadOnlyList<ImportedChild> Children,
    IReadOnlyList<ImportedCost> Costs,
    IReadOnlyList<ImportedCompensation> Compensation,
    ImportedCompliment? Compliment,
    ImportedMemberEnquiry? MemberEnquiry,
    ImportedOmbudsman? Ombudsman,
    string? RelatedReference,
    ISourcePlaces Where);

public sealed record ImportedComplainant(string? Name, string? Relationship);

public sealed record ImportedAdvocate(string? Service, bool? MadeComplaintOnBehalf);

public sealed record ImportedConcern(string Category, string? Outcome);

public sealed record ImportedStage(
    int Stage,
    DateOnly Opened,
    DateOnly? Due,
    DateOnly? ExtendedDue,
    DateOnly? Responded,
    string? Outcome,
    IReadOnlyList<string> Resolutions,
    string? HandledBy,
    DateOnly? PanelHeld);

public sealed record ImportedEscalationRequest(int ToStage, DateOnly Requested, string? AssessedBy, ImportedAdr? Adr, bool Progressed);

public sealed record ImportedAdr(string? Method, DateOnly? Completed, bool? Resolved, string? Note);

public sealed record ImportedResponse(DateOnly? Due, DateOnly? Responded, string? Outcome);

public sealed record ImportedChild(string? Name, string? AgeBand, string? Gender, string? Ethnicity, string? Disability);

public sealed record ImportedCost(int? Stage, string? Type, decimal Amount);

public sealed record ImportedCompensation(int? Stage, string? Reason, decimal Amount, DateOnly? Paid);

public sealed record ImportedCompliment(string? Category, string? Source, string? About, string? Quote);

public sealed record ImportedMemberEnquiry(string? MemberType, string? MemberName, string? OnBehalfOf);

public sealed record ImportedOmbudsman(
    string? Body,
    string? LgscoCategory,
    string? ServiceArea,
    string? Decision,
    DateOnly? Decided,
    string? Finding,
    string? Remedy,
    decimal? RemedyAmount);

/// <summary>Where a key of a case is in the file: JSON Lines say the line and the key, CSV the row and the column.</summary>
public interface ISourcePlaces
{
    /// <summary>The line the case starts on.</summary>
    int Line { get; }

    /// <summary>The place of <paramref name="key"/>, written as a JSON key path such as <c>stages[1].outcome</c> or
    /// <c>children[0].ethnicity</c>.</summary>
    (int Line, string Column) Of(string key);
}
