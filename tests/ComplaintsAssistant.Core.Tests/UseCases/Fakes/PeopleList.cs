using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Owners;

namespace ComplaintsAssistant.Core.Tests.UseCases.Fakes;

/// <summary>A directory of people set up one by one, and groups whose members are found by id.</summary>
internal sealed class PeopleList(IReadOnlyList<Actor> people, IReadOnlyList<KnownGroup>? groups = null, IReadOnlyDictionary<string, Actor>? groupMembers = null)
    : IPeopleDirectory
{
    public Task<Actor?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult(
        people.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)) ?? groupMembers?.GetValueOrDefault(id));

    public KnownPeople Known => new(people, groups ?? []);
}
