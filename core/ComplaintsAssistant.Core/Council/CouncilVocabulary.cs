using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Council;

/// <summary>The council's own lists: its teams (renamed in restructures), concern categories and compliment
/// categories. Cases keep the names as they were when logged.</summary>
public sealed record CouncilVocabulary(
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> ConcernCategories,
    IReadOnlyList<string> ComplimentCategories)
{
    /// <summary>Lists seen in published council reports (domain.md), for a council that has not configured its own.</summary>
    public static CouncilVocabulary Default { get; } = new(
        ["Assessment and Intervention", "Children in Care", "Child Protection", "Care Leavers", "Disabled Children", "Fostering", "Adoption", "Early Help"],
        [
            "Attitude or behaviour of staff", "Lack of communication", "Level of service", "Non-delivery of a service", "Data protection",
            "Safeguarding", "Finance", "Standard of environment", "Disagrees with social care opinion", "Unhappy with assessment",
            "Bias towards other parent", "Unhappy with a decision",
        ],
        ["Standard of service", "Practice", "Partnership", "Child focus", "Communication"]);

    public DomainError? CheckTeam(string team, string field = "team") => OneOf(team, Teams, field, "team");

    public DomainError? CheckConcern(string category, string field) => OneOf(category, ConcernCategories, field, "concern category");

    public DomainError? CheckComplimentCategory(string category, string field = "compliment.category") =>
        OneOf(category, ComplimentCategories, field, "compliment category");

    /// <summary>The council's own spelling of a value already checked to be on one of its lists.</summary>
    public static string Canonical(string value, IReadOnlyList<string> allowed) =>
        allowed.FirstOrDefault(a => string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase)) ?? value.Trim();

    private static DomainError? OneOf(string value, IReadOnlyList<string> allowed, string field, string what) =>
        allowed.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase) ? null
            : DomainError.Invalid(field, $"unknown-{what.Replace(' ', '-')}", $"'{value}' is not one of the council's {what}s.");
}
