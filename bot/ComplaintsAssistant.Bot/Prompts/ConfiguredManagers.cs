using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Core.Deadlines;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Prompts;

/// <summary>Managers as the council set them up (<c>Access:People</c>, each person's <c>manager</c>).</summary>
public sealed class ConfiguredManagers(IOptionsMonitor<AccessOptions> access) : IManagerDirectory
{
    public Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Of(access.CurrentValue, personId));

    public static string? Of(AccessOptions access, string personId) =>
        access.People.FirstOrDefault(p => string.Equals(p.Id, personId, StringComparison.OrdinalIgnoreCase))?.Manager is { Length: > 0 } manager ? manager : null;
}
