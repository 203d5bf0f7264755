namespace ComplaintsAssistant.Core.Access;

/// <summary>The person making a request, as the edge authenticated them.</summary>
/// <param name="Id">A stable id (Entra object id, or a local persona); case owners are recorded by it.</param>
/// <param name="Teams">The teams whose cases they see (officers see all regardless).</param>
public sealed record Actor(string Id, string Name, Role Role, IReadOnlyList<string> Teams)
{
    /// <summary>The edge they came through, for the access log: each edge sets it where it authenticates them.</summary>
    public AccessLog.ReadChannel Through { get; init; } = AccessLog.ReadChannel.Api;

    public bool SeesAllTeams => Role == Role.ComplaintsOfficer;
}
