namespace ComplaintsAssistant.Core.Figures;

/// <summary>Average days as reports print them: to two decimal places, halves away from zero ("12.70 working days",
/// "45.14"), as the published tables do.</summary>
public static class Averages
{
    /// <summary>Null when there is nothing to average over: 127 days over 10 stages is 12.70; 1 over 8 is 0.13.</summary>
    public static decimal? Of(long total, int count) =>
        count <= 0 ? null : Math.Round((decimal)total / count, 2, MidpointRounding.AwayFromZero);

    /// <summary>"12.70".</summary>
    public static string Text(decimal average) => average.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
