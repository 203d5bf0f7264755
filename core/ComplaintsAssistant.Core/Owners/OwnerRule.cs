using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Owners;

/// <summary>Who may own (answer) a stage of a case. The owner must be someone set up, or nobody would answer it and no
/// reminder would reach anyone. Stage 1 belongs to the case's team: its people or the complaints team. Later stages are
/// investigated or reviewed independently of the service (the stage 2 Investigating Officer should not manage it), so
/// anyone set up may own them.</summary>
public static class OwnerRule
{
    /// <summary>How many people a refusal names before it says "and N others".</summary>
    private const int NamesShown = 8;

    /// <param name="team">Null while the team itself is not yet right: then only whether they are set up counts.</param>
    public static bool MayOwn(Actor person, string? team, int stage) =>
        team is null || stage > 1 || person.SeesAllTeams || person.Teams.Contains(team, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when <paramref name="ownerId"/> may own stage <paramref name="stage"/> of a case of <paramref name="team"/>;
    /// otherwise a refusal naming <c>owner</c> that says who can. A blank owner is the caller's own "required" rule.</summary>
    public static async Task<DomainError?> CheckAsync(IPeopleDirectory people, string? ownerId, string? team, int stage, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ownerId)) return null;
        var owner = await people.FindAsync(ownerId.Trim(), cancellationToken);
        if (owner is not null && MayOwn(owner, team, stage)) return null;

        var who = WhoMayOwn(people.Known, team, stage);
        return owner is null
            ? DomainError.Invalid("owner", "unknown-owner", $"'{ownerId.Trim()}' is not someone set up in Complaints Assistant, so nobody would answer the case. {who}")
            : DomainError.Invalid("owner", "owner-not-in-team", $"{owner.Name} can't own cases of {team}: they aren't in that team. {who}");
    }

    private static string WhoMayOwn(KnownPeople known, string? team, int stage)
    {
        var anyTeam = team is null || stage > 1;
        var names = known.People.Where(p => MayOwn(p, team, stage)).Select(p => p.Name).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var groups = known.Groups.Where(g => anyTeam || g.Covers(team!)).ToArray();
        var who = names.Length > NamesShown ? [.. names[..NamesShown], $"{names.Length - NamesShown} others"] : names.ToList();
        who.AddRange(groups.Where(g => g.Name is not null).Select(g => $"anyone in the group {g.Name}"));
        if (groups.Any(g => g.Name is null)) who.Add(anyTeam ? "anyone in the groups set up for Complaints Assistant" : $"anyone in the groups set up for {team}");

        var whose = stage > 1 ? $"Stage {stage}" : team is null ? "Cases" : $"Cases of {team}";
        return who.Count == 0
            ? $"Nobody is set up to own {(team is null ? "cases" : $"cases of {team}")} yet: ask your complaints team to set people up."
            : $"{whose} can be owned by {Sentences.List(who, "or")}.";
    }
}
