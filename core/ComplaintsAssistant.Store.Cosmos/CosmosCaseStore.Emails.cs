using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Store.Cosmos.Items;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Which case an email belongs to: the case made from it (its intake claim in meta) or the case that keeps it
/// (a message item in meta, whose id is derived from the message id, so one email belongs to one case). Every lookup
/// is point reads by derived id: the meta container needs no index for them (docs/cosmos.md).</summary>
public sealed partial class CosmosCaseStore
{
    async Task<LinkedCase?> IEmailCaseLookup.FindByIntakeKeyAsync(string internetMessageId, CancellationToken cancellationToken) =>
        await FindByIntakeKeyAsync(internetMessageId, cancellationToken) is { } found ? new LinkedCase(found.Value.Id, found.Value.Reference) : null;

    async Task<LinkedCase?> IEmailCaseLookup.FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        await FindByReferenceAsync(reference, cancellationToken) is { } found ? new LinkedCase(found.Value.Id, found.Value.Reference) : null;

    /// <summary>Ids come newest first: the newest email that belongs to a case decides.</summary>
    public async Task<LinkedCase?> FindByConversationAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default)
    {
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        foreach (var owner in await OwnersAsync(meta, messageIds.Take(MessageIdRules.MaxPerCall).ToArray(), cancellationToken))
        {
            // A case made from the email is found once it is written; a claim still being logged is not a case yet.
            if (owner is { } linked && (await GetAsync(linked.Id, cancellationToken)) is not null) return linked;
        }
        return null;
    }

    /// <summary>Checks every id, then creates one item per new id. If another writer keeps one of them for another case
    /// in between, the items this call made are removed again, so a refusal keeps nothing.</summary>
    public async Task<Result> KeepAsync(Guid caseId, IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default)
    {
        if (MessageIdRules.Check(messageIds) is { } invalid) return invalid;
        var meta = (await ContainersAsync(cancellationToken)).Meta;
        if (await GetAsync(caseId, cancellationToken) is not { } kept) return DomainError.NotFound("The case");

        var ids = messageIds.Distinct(StringComparer.Ordinal).ToArray();
        var owners = await OwnersAsync(meta, ids, cancellationToken);
        if (ids.Zip(owners).FirstOrDefault(o => o.Second is { } owner && owner.Id != caseId) is { Second: { } taken } clash)
            return MessageIdRules.KeptByAnother(clash.First, taken.Reference);

        var made = new List<string>();
        foreach (var messageId in ids.Where((_, i) => owners[i] is null))
        {
            var item = new MessageItem(MetaIds.For(MetaIds.Message, messageId), messageId, caseId.ToString(), kept.Value.Reference);
            if ((await CosmosIo.CreateAsync(meta, item.Id, item, cancellationToken)).Created)
            {
                made.Add(item.Id);
                continue;
            }
            var (other, _) = await CosmosIo.ReadAsync<MessageItem>(meta, item.Id, cancellationToken);
            if (other is null || other.CaseId == item.CaseId) continue;
            foreach (var id in made)
                using (await meta.DeleteItemStreamAsync(id, CosmosIo.Key(id), cancellationToken: cancellationToken)) { }
            return MessageIdRules.KeptByAnother(messageId, other.Reference);
        }
        return Result.Ok;
    }

    /// <summary>For each id, in order, the case it belongs to: as a kept email, or as the email a case was made from.</summary>
    private static async Task<LinkedCase?[]> OwnersAsync(Container meta, IReadOnlyList<string> messageIds, CancellationToken cancellationToken) =>
        await Task.WhenAll(messageIds.Select(async messageId =>
        {
            var keptRead = CosmosIo.ReadAsync<MessageItem>(meta, MetaIds.For(MetaIds.Message, messageId), cancellationToken);
            var claimRead = CosmosIo.ReadAsync<IntakeClaimItem>(meta, MetaIds.For(MetaIds.Intake, messageId), cancellationToken);
            var (kept, _) = await keptRead;
            var (claim, _) = await claimRead;
            return kept is not null ? new LinkedCase(Guid.Parse(kept.CaseId), kept.Reference, CaseLink.SameConversation)
                : claim is { Pending: { } made } ? new LinkedCase(Guid.Parse(claim.CaseId), made.Reference, CaseLink.SameConversation)
                : null;
        }));
}
