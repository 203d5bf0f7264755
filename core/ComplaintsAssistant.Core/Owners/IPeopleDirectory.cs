using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Core.Owners;

/// <summary>The people the council has set up, as far as the host can tell (configuration, Entra groups): core asks it
/// who a case owner is and who could own a team's cases, and never learns where people come from.</summary>
public interface IPeopleDirectory
{
    /// <summary>The person set up under <paramref name="id"/> (listed by id, or found in a configured group), or null.</summary>
    Task<Actor?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Everyone set up by name, and the groups set up as a whole (whose members can't all be named).</summary>
    KnownPeople Known { get; }
}

/// <param name="People">People set up one by one.</param>
/// <param name="Groups">Groups whose members are set up by membership.</param>
public sealed record KnownPeople(IReadOnlyList<Actor> People, IReadOnlyList<KnownGroup> Groups);

/// <param name="Name">What the council calls the group, e.g. "Children in Care managers"; null when not given.</param>
public sealed record KnownGroup(string? Name, Role Role, IReadOnlyList<string> Teams)
{
    public bool Covers(string team) => Role == Role.ComplaintsOfficer || Teams.Contains(team, StringComparer.OrdinalIgnoreCase);
}
