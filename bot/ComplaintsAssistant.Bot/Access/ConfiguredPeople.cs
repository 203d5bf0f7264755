using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Owners;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Access;

/// <summary>Core's directory of people, from the access configuration: people listed by id (and, in local development,
/// the personas), and members of configured Entra groups, asked of Microsoft Graph as a chat user's groups are. Group
/// members can't be named (Graph is only asked whether someone is in a group), so refusals name the groups instead.
/// Only Entra object ids are looked up in Graph: anything else can only be someone listed by id.</summary>
public sealed class ConfiguredPeople(ActorDirectory directory, IOptionsMonitor<AccessOptions> options) : IPeopleDirectory
{
    public Task<Actor?> FindAsync(string id, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out _) ? directory.ResolveAsync(id, null, null, cancellationToken) : Task.FromResult(directory.Resolve(id, null));

    public KnownPeople Known
    {
        get
        {
            var access = options.CurrentValue;
            return new KnownPeople(
                access.People.Where(p => !string.IsNullOrWhiteSpace(p.Id))
                    .Select(p => new Actor(p.Id, string.IsNullOrWhiteSpace(p.Name) ? p.Id : p.Name, p.Role, p.Teams)).ToArray(),
                access.Groups.Where(g => !string.IsNullOrWhiteSpace(g.GroupId))
                    .Select(g => new KnownGroup(string.IsNullOrWhiteSpace(g.Name) ? null : g.Name.Trim(), g.Role, g.Teams)).ToArray());
        }
    }
}
