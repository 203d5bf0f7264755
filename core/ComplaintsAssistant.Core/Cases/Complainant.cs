namespace ComplaintsAssistant.Core.Cases;

/// <summary>Who made the representation. Name and contact are personal data: stored with the case,
/// never logged.</summary>
/// <param name="ChildComplainedDirectly">The child or young person made it themselves.</param>
/// <param name="AdvocateService">The advocacy service that supported the child, when one did.</param>
public sealed record Complainant(
    ComplainantRelationship Relationship,
    bool ChildComplainedDirectly = false,
    bool SupportedByAdvocate = false,
    string? AdvocateService = null,
    string? Name = null,
    string? Contact = null)
{
    /// <summary>"A complaint by a young person" includes an advocate complaining on the child's behalf (domain.md).</summary>
    public bool CountsAsYoungPerson => ChildComplainedDirectly || Relationship is ComplainantRelationship.ChildOrYoungPerson or ComplainantRelationship.Advocate;
}

public enum ComplainantRelationship
{
    ChildOrYoungPerson,
    ParentOrRelative,
    FosterCarer,
    SpecialGuardian,
    Advocate,
    Solicitor,
    FriendOrOther,
    Professional,
    /// <summary>An MP, MEP or councillor (member enquiries).</summary>
    ElectedMember,
}
