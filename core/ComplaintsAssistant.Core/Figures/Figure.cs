namespace ComplaintsAssistant.Core.Figures;

/// <summary>One published number for one period: a stable id the report and the chat share, the label in the
/// report's words, the value, how many it was counted over, and the rows behind it.</summary>
/// <param name="Value">The number itself: a count, or a whole percentage (null when there was nothing to count over).</param>
/// <param name="Population">What the value was counted over: all cases counted, or the stages answered for a percentage.</param>
/// <param name="Convention">The counting convention in words, printed under the table as reports do.</param>
/// <param name="SmallNumbersBelow">Set when small numbers were suppressed (<see cref="SmallNumbers"/>): counts from 1 to
/// one less than this are shown as "fewer than" it.</param>
/// <param name="ValueSuppressed">The value itself is a small number, so it is shown only as "fewer than".</param>
/// <param name="Amount">For a figure in pounds (<see cref="FigureUnit.Pounds"/>): the total in pounds and pence; the value is
/// then how many payments (or remedies) it adds up.</param>
/// <param name="Average">For an average (<see cref="FigureUnit.Days"/>): the headline average, as <see cref="Averages"/> rounds it.</param>
public sealed record Figure(
    string Id,
    string Label,
    ReportingPeriod Period,
    FigureUnit Unit,
    int? Value,
    int Population,
    IReadOnlyList<FigureRow> Breakdown,
    string Convention,
    int? SmallNumbersBelow = null,
    bool ValueSuppressed = false,
    decimal? Amount = null,
    decimal? Average = null);

/// <param name="Percent">The row's share of the figure's population, rounded by the chosen convention.</param>
/// <param name="Suppressed">Shown as "fewer than" the threshold, its share too: a small count, or the one beside it that
/// the total would otherwise give away.</param>
/// <param name="Amount">For a figure in pounds: the row's total in pounds and pence (<paramref name="Count"/> is how many
/// payments), its share being of the figure's total amount.</param>
/// <param name="Average">In an average's breakdown: the row's average over its <paramref name="Count"/> (days to respond).</param>
public sealed record FigureRow(string Label, int Count, int? Percent, bool Suppressed = false, decimal? Amount = null, decimal? Average = null);

/// <summary>What a figure's value is: a count, a whole percentage, how many payments with their total in pounds
/// (<see cref="Pounds"/>, in <see cref="Figure.Amount"/>), or (<see cref="Days"/>) an average number of days in
/// <see cref="Figure.Average"/>, with <see cref="Figure.Value"/> the number of stages it was averaged over.</summary>
public enum FigureUnit { Count, Percent, Pounds, Days }

/// <summary>A figure beside the same period a year earlier, as every published table shows it. A figure as at today
/// (what is overdue now) has nothing a year earlier to stand beside.</summary>
public sealed record FigureComparison(Figure Current, Figure? YearEarlier)
{
    /// <summary>Up or down from a year earlier: percentage points for a percentage, the difference for a count.
    /// Null when either year had nothing to count, and for an average (its change is <see cref="AverageChange"/>).</summary>
    public int? Change => Current.Unit != FigureUnit.Days && Current.Value is { } now && YearEarlier?.Value is { } then
        && !Current.ValueSuppressed && !YearEarlier.ValueSuppressed ? now - then : null;

    /// <summary>For an average: up or down from a year earlier in days.</summary>
    public decimal? AverageChange => Current.Average is { } now && YearEarlier?.Average is { } then ? now - then : null;

    /// <summary>For a figure in pounds: up or down from a year earlier in pounds and pence.</summary>
    public decimal? AmountChange => Current.Amount is { } now && YearEarlier?.Amount is { } then ? now - then : null;

    /// <summary>"up 12 percentage points on 2024/25", "down 3 on 2024/25", "up £391.23 on 2024/25", "the same as 2024/25",
    /// "no figure for 2024/25 to compare".</summary>
    public string ChangeInWords
    {
        get
        {
            if (YearEarlier is null) return "as at today, so no comparison with a year earlier";
            var then = YearEarlier.Period.Label;
            if (Current.ValueSuppressed || YearEarlier.ValueSuppressed) return $"not shown against {then}: the numbers are small";
            if (Current.Unit == FigureUnit.Pounds)
                return AmountChange is not { } amount ? $"no figure for {then} to compare"
                    : amount == 0 ? $"the same as {then}" : $"{(amount > 0 ? "up" : "down")} {Pounds.InWords(Math.Abs(amount))} on {then}";
            if (Current.Unit == FigureUnit.Days)
                return AverageChange is not { } days ? $"no figure for {then} to compare"
                    : days == 0 ? $"the same as {then}" : $"{(days > 0 ? "up" : "down")} {Averages.Text(Math.Abs(days))} days on {then}";
            if (Change is not { } change) return $"no figure for {then} to compare";
            if (change == 0) return $"the same as {then}";
            var size = Math.Abs(change);
            var unit = Current.Unit == FigureUnit.Percent ? (size == 1 ? " percentage point" : " percentage points") : "";
            return $"{(change > 0 ? "up" : "down")} {size}{unit} on {then}";
        }
    }
}

/// <summary>Pounds as reports print them.</summary>
public static class Pounds
{
    /// <summary>"£2,614.20".</summary>
    public static string InWords(decimal amount) =>
        amount.ToString("C2", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
