using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Owners;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>The owner <see cref="SampleCases"/> names, set up for the teams it uses, so the case service logs its cases.</summary>
internal sealed class SamplePeople : IPeopleDirectory
{
    private static readonly Actor[] People = [new("manager-1", "Mel Manager", Role.Manager, ["Children in Care", "Fostering"])];

    public Task<Actor?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)));

    public KnownPeople Known => new(People, []);
}
