using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Bot.Access;

/// <summary>Who is who, from configuration (section <c>Access</c>): people by Entra object id and
/// Entra groups, each with a role and the teams whose cases they see.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    public List<PersonOptions> People { get; set; } = [];
    public List<GroupOptions> Groups { get; set; } = [];
}

/// <param name="Id">Entra object id (or, in local development, a persona id such as <c>dev-manager</c>).</param>
public sealed class PersonOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public Role Role { get; set; } = Role.Staff;
    public List<string> Teams { get; set; } = [];

    /// <summary>Their manager's id (an Entra object id or persona id): told when a deadline of theirs is overdue.</summary>
    public string? Manager { get; set; }
}

public sealed class GroupOptions
{
    public string GroupId { get; set; } = "";

    /// <summary>What the council calls the group ("Children in Care managers"): refusals name it, never the id.</summary>
    public string? Name { get; set; }

    public Role Role { get; set; } = Role.Staff;
    public List<string> Teams { get; set; } = [];
}
