using ComplaintsAssistant.Core.Access;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Access;

/// <summary>Turns an authenticated identity into an <see cref="Actor"/>. Someone configured by id wins;
/// otherwise the strongest role among their groups, with the union of those groups' teams. Unknown people get nothing.</summary>
public sealed class ActorDirectory(IOptionsMonitor<AccessOptions> options, IGroupMembership membership)
{
    /// <summary>As <see cref="Resolve"/>, asking which configured groups the person is in when the caller can't say
    /// (Teams activities carry no groups; a token with too many groups carries none).</summary>
    public async Task<Actor?> ResolveAsync(string? objectId, string? displayName, IReadOnlyList<string>? groupIds, CancellationToken cancellationToken)
    {
        if (Resolve(objectId, displayName, groupIds) is { } known) return known;
        var configured = options.CurrentValue.Groups.Select(g => g.GroupId).Where(g => g.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (objectId is null || configured.Length == 0 || groupIds is { Count: > 0 }) return null;
        return Resolve(objectId, displayName, await membership.MemberOfAsync(objectId, configured, cancellationToken));
    }

    public Actor? Resolve(string? objectId, string? displayName, IEnumerable<string>? groupIds = null)
    {
        var access = options.CurrentValue;
        if (objectId is not null && access.People.FirstOrDefault(p => string.Equals(p.Id, objectId, StringComparison.OrdinalIgnoreCase)) is { } person)
            return new Actor(person.Id, Name(person.Name, displayName, person.Id), person.Role, person.Teams);

        var groups = (groupIds ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matched = access.Groups.Where(g => groups.Contains(g.GroupId)).ToArray();
        if (objectId is null || matched.Length == 0) return null;
        return new Actor(objectId, Name(null, displayName, objectId), matched.Max(g => g.Role),
            matched.SelectMany(g => g.Teams).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>Everyone configured by id, for pickers (owners, personas).</summary>
    public IReadOnlyList<PersonOptions> People => options.CurrentValue.People;

    public string NameOf(string id) =>
        options.CurrentValue.People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))?.Name ?? id;

    /// <summary>Who an owner is, in words, for someone reading a case: their name when set up by id; for a member of a
    /// configured group (who has no name here), "a member of Children in Care managers"; else the id itself.</summary>
    public async Task<string> DescribeAsync(string id, CancellationToken cancellationToken)
    {
        var access = options.CurrentValue;
        if (access.People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)) is { } person)
            return Name(person.Name, null, person.Id);
        var configured = access.Groups.Where(g => g.GroupId.Length > 0).ToArray();
        if (configured.Length == 0) return id;
        var member = (await membership.MemberOfAsync(id, configured.Select(g => g.GroupId).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = configured.Where(g => member.Contains(g.GroupId))
            .Select(g => !string.IsNullOrWhiteSpace(g.Name) ? g.Name : $"the {string.Join(" and ", g.Teams)} {g.Role.ToString().ToLowerInvariant()} group")
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 0 ? id : "a member of " + string.Join(" and ", names);
    }

    private static string Name(string? configured, string? given, string id) =>
        !string.IsNullOrWhiteSpace(configured) ? configured : !string.IsNullOrWhiteSpace(given) ? given : id;
}
