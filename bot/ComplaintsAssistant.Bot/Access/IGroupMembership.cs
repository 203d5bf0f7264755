namespace ComplaintsAssistant.Bot.Access;

/// <summary>Which of the council's configured Entra groups someone belongs to. Teams activities carry no group
/// claims, so chat users configured by group (not by id) are looked up here.</summary>
public interface IGroupMembership
{
    /// <summary>The ids among <paramref name="candidateGroupIds"/> that the user is a (transitive) member of.</summary>
    Task<IReadOnlyList<string>> MemberOfAsync(string objectId, IReadOnlyList<string> candidateGroupIds, CancellationToken cancellationToken);
}

/// <summary>Local development and councils that configure people by id only: nobody is looked up.</summary>
public sealed class NoGroupMembership : IGroupMembership
{
    public Task<IReadOnlyList<string>> MemberOfAsync(string objectId, IReadOnlyList<string> candidateGroupIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
