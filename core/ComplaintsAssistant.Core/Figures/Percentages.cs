namespace ComplaintsAssistant.Core.Figures;

/// <summary>Whole percentages as reports print them.</summary>
public static class Percentages
{
    /// <summary>round(100 × part / whole), halves up: 1 of 8 is 12.5% → 13%. Null when there is nothing to count over.</summary>
    public static int? HalfUp(int part, int whole) =>
        whole <= 0 ? null : (int)((200L * part + whole) / (2L * whole));

    /// <summary>Each count's share of their total, as whole percentages that sum to exactly 100: floors first, then the
    /// points left over go to the largest remainders (ties to the earlier row). 1, 1, 1 → 34, 33, 33.</summary>
    public static IReadOnlyList<int?> Shares(IReadOnlyList<int> counts, Rounding rounding) =>
        Shares(counts.Select(c => (long)c).ToArray(), rounding);

    /// <summary>Shares of amounts (pence) as of counts.</summary>
    public static IReadOnlyList<int?> Shares(IReadOnlyList<long> counts, Rounding rounding)
    {
        var total = counts.Sum();
        if (total <= 0) return counts.Select(_ => (int?)null).ToArray();
        if (rounding == Rounding.HalfUp) return counts.Select(c => (int?)((200 * c + total) / (2 * total))).ToArray();

        var floors = counts.Select(c => (int)(100 * c / total)).ToArray();
        var left = 100 - floors.Sum();
        var byRemainder = counts.Select((c, i) => (Remainder: 100 * c % total, Index: i))
            .OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(left);
        foreach (var (_, index) in byRemainder) floors[index]++;
        return floors.Select(f => (int?)f).ToArray();
    }
}
