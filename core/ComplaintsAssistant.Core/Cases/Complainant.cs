namespace ComplaintsAssistant.Core.Cases;

/// <summary>Who made the representation. Name and contact are personal data: stored with the case,
/// never logged.</summary>
/// <param name="ChildComplainedDirectly">The child or young person made it themselves.</param>
/// <param name="AdvocateService">The advocacy service that supported the child, when one did.</param>
/// <param name="AdvocateComplainedOnBehalf">The advocate made the complaint on the child's behalf (rather than supporting them).</param>
public sealed record Complainant(
    ComplainantRelationship Relationship,
    bool ChildComplainedDirectly = false,
    bool SupportedByAdvocate = false,
    string? AdvocateService = null,
    string? Name = null,
    string? Contact = null,
    bool AdvocateComplainedOnBehalf = false)
{
    /// <summary>"A complaint by a young person" includes an advocate complaining on the child's behalf (domain.md).</summary>
    public bool CountsAsYoungPerson => ChildComplainedDirectly || AdvocateComplainedOnBehalf
        || Relationship is ComplainantRelationship.ChildOrYoungPerson or ComplainantRelationship.Advocate;
}

/// <summary>The relationships the import and published "who complained" tables use (import-format.md).</summary>
public enum ComplainantRelationship
{
    ChildOrYoungPerson,
    Parent,
    Grandparent,
    Relative,
    FosterCarer,
    SpecialGuardian,
    Advocate,
    Solicitor,
    Professional,
    MemberOfPublic,
    Other,
    /// <summary>An MP, MEP or councillor (member enquiries).</summary>
    ElectedMember,
    /// <summary>Recorded before parents and other relatives were told apart: kept as recorded, never offered for a new record
    /// (docs/decisions/0012-figures-vocabulary.md).</summary>
    ParentOrRelative,
}

/// <summary>The groups tables publish when they don't list every relationship.</summary>
public enum ComplainantGroup { ChildOrYoungPerson, ParentOrRelative, Carer, Advocate, ProfessionalOrLegal, OtherOrPublic, ElectedMember }

public static class ComplainantRules
{
    public static ComplainantGroup Group(this ComplainantRelationship relationship) => relationship switch
    {
        ComplainantRelationship.ChildOrYoungPerson => ComplainantGroup.ChildOrYoungPerson,
        ComplainantRelationship.Parent or ComplainantRelationship.Grandparent or ComplainantRelationship.Relative
            or ComplainantRelationship.ParentOrRelative => ComplainantGroup.ParentOrRelative,
        ComplainantRelationship.FosterCarer or ComplainantRelationship.SpecialGuardian => ComplainantGroup.Carer,
        ComplainantRelationship.Advocate => ComplainantGroup.Advocate,
        ComplainantRelationship.Solicitor or ComplainantRelationship.Professional => ComplainantGroup.ProfessionalOrLegal,
        ComplainantRelationship.ElectedMember => ComplainantGroup.ElectedMember,
        _ => ComplainantGroup.OtherOrPublic,
    };

    /// <summary>A value older records hold that a new record may not be given.</summary>
    public static bool IsLegacy(this ComplainantRelationship relationship) => relationship == ComplainantRelationship.ParentOrRelative;
}
