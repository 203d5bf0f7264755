using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>Finds the cases about a person through the person index, for the complaints team. Every case found is recorded
/// in the access log (through <see cref="ReadChannel.SubjectAccessSearch"/>): a search by name is a look-up of one person's
/// records, which is what the log exists to show (docs/decisions/0018-subject-access.md). What was searched for is not recorded.</summary>
public sealed class PersonSearch(IPersonIndex index, IAccessLog reads, TimeProvider time)
{
    public const int MaxResults = 200;

    public async Task<Result<IReadOnlyList<PersonFound>>> FindAsync(Actor actor, PersonQuery query, CancellationToken cancellationToken = default)
    {
        if (actor.Role != Role.ComplaintsOfficer) return DomainError.Forbidden("Only the complaints team can search for a person's cases.");
        var searches = query.Keys();
        if (searches.Error is { } invalid) return invalid;
        var found = await MatchAsync(searches.Value, cancellationToken);
        foreach (var match in found)
            await reads.RecordAsync(new CaseRead(match.Id, match.Reference, actor.Id, time.GetUtcNow(), ReadChannel.SubjectAccessSearch), cancellationToken);
        return Result<IReadOnlyList<PersonFound>>.From(found);
    }

    /// <summary>The cases matching any of the searches, without recording anything: for the pack, which records its own reads.</summary>
    internal async Task<IReadOnlyList<PersonFound>> MatchAsync(IReadOnlyList<IReadOnlyList<string>> searches, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, PersonFound>();
        foreach (var keys in searches)
        {
            foreach (var match in await index.FindAsync(keys, MaxResults, cancellationToken))
            {
                // A name's words must all be in one field: "John Smith" is not a case with John Brown for Jane Smith.
                var fields = match.Keys.GroupBy(k => k.Field).Where(g => keys.All(k => g.Any(x => x.Key == k))).Select(g => g.Key).ToArray();
                if (fields.Length == 0) continue;
                found[match.Id] = found.TryGetValue(match.Id, out var earlier)
                    ? earlier with { Matched = [.. earlier.Matched.Union(fields).Order()] }
                    : new PersonFound(match.Id, match.Reference, match.Kind, match.Team, match.ReceivedOn, [.. fields.Order()]);
            }
        }
        return found.Values.OrderByDescending(f => f.ReceivedOn).ThenBy(f => f.Reference, StringComparer.Ordinal).ToArray();
    }
}
