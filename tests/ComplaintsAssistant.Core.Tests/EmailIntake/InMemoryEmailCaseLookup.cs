using ComplaintsAssistant.Core.EmailIntake.Linking;

namespace ComplaintsAssistant.Core.Tests.EmailIntake;

/// <summary>The existing-case lookup as the stores will answer it: by intake key, by reference, by kept message ids.</summary>
public sealed class InMemoryEmailCaseLookup : IEmailCaseLookup
{
    private readonly Dictionary<string, LinkedCase> byIntakeKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedCase> byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedCase> byMessageId = new(StringComparer.Ordinal);

    public void Add(LinkedCase linked, string? intakeKey = null, IEnumerable<string>? conversation = null)
    {
        byReference[linked.Reference] = linked;
        if (intakeKey is not null)
        {
            byIntakeKey[intakeKey] = linked;
            byMessageId[intakeKey] = linked;
        }
        foreach (var id in conversation ?? []) byMessageId[id] = linked;
    }

    public Task<LinkedCase?> FindByIntakeKeyAsync(string internetMessageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(byIntakeKey.GetValueOrDefault(internetMessageId));

    public Task<LinkedCase?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(byReference.GetValueOrDefault(reference));

    public Task<LinkedCase?> FindByConversationAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default) =>
        Task.FromResult(messageIds.Select(id => byMessageId.GetValueOrDefault(id)).FirstOrDefault(c => c is not null));
}
