namespace ComplaintsAssistant.Core.Figures;

/// <summary>Small-number suppression, as councils publish breakdowns that describe people (who complained, compliments
/// from young people): a count from 1 to one less than the threshold is shown as "fewer than 5", so no one can be picked
/// out. Where a single row is hidden and the total shown, the smallest other count is hidden too, since the total minus
/// the rest would give it away. Nought is shown: it describes no one.</summary>
public static class SmallNumbers
{
    public const int DefaultThreshold = 5;

    public static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;

    public static Figure Suppress(Figure figure, int threshold)
    {
        if (threshold <= 1) return figure;
        var valueSuppressed = figure.Value is { } value && figure.Unit == FigureUnit.Count && IsSmall(value, threshold);
        var hidden = figure.Breakdown.Select(r => IsSmall(r.Count, threshold)).ToArray();
        if (hidden.Count(h => h) == 1 && !valueSuppressed)
        {
            var complement = figure.Breakdown.Select((r, i) => (r.Count, i)).Where(r => !hidden[r.i] && r.Count > 0)
                .OrderBy(r => r.Count).Select(r => (int?)r.i).FirstOrDefault();
            if (complement is { } index) hidden[index] = true;
        }
        if (!valueSuppressed && !hidden.Any(h => h)) return figure;
        var rows = figure.Breakdown.Select((r, i) => hidden[i] ? r with { Percent = null, Suppressed = true } : r).ToArray();
        return figure with
        {
            Breakdown = rows,
            SmallNumbersBelow = threshold,
            ValueSuppressed = valueSuppressed,
            Convention = $"{figure.Convention} Counts from 1 to {threshold - 1} are shown as \"fewer than {threshold}\", and so is one more where a total would give one away.",
        };
    }
}
