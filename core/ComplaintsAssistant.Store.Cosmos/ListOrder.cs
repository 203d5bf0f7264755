namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>Lists are ordered by due date (undated last), then reference. Cosmos serves a multi-field ORDER BY
/// only from a composite index that matches it exactly, and uses that index for equality filters too when the
/// filtered fields lead the ORDER BY. So a query puts its equality filters first, chosen from this one table,
/// which is also what the indexing policy is built from: the two cannot drift apart.</summary>
internal static class ListOrder
{
    public static readonly string[] Tail = ["dueSort", "reference"];

    /// <summary>Equality prefixes with a composite index: everything, open ones (the scheduler), one owner's
    /// ("my cases", open or all), one team's (open or all).</summary>
    public static readonly string[][] Prefixes = [[], ["isOpen"], ["owner"], ["owner", "isOpen"], ["team"], ["team", "isOpen"]];

    public static IEnumerable<string[]> CompositeIndexes => Prefixes.Select(p => p.Concat(Tail).ToArray());

    /// <summary>The ORDER BY fields for a query with these equality filters. Owner is more selective than team,
    /// so it wins when a query has both (the other is still filtered, just not from the composite).</summary>
    public static string[] For(bool byOwner, bool bySingleTeam, bool openOnly)
    {
        var prefix = new List<string>();
        if (byOwner) prefix.Add("owner");
        else if (bySingleTeam) prefix.Add("team");
        if (openOnly) prefix.Add("isOpen");
        return [.. prefix, .. Tail];
    }
}
