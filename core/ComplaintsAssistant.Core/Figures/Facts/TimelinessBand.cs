using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>The timeliness bands of the published tables, in working days from the clock's start against the fixed
/// statutory period, ignoring extensions: for stage 1 "within 10 working days", "11–20", "over 20", "withdrawn".</summary>
public enum TimelinessBand
{
    WithinTimescale,
    WithinExtendedTimescale,
    BeyondExtendedTimescale,
    Withdrawn,
}

public static class TimelinessBands
{
    public static TimelinessBand? Of(StageRecord stage, int? workingDays)
    {
        if (workingDays is not { } days) return stage.Outcome == Outcome.Withdrawn ? TimelinessBand.Withdrawn : null;
        var timescale = stage.Clock.Timescale;
        if (days <= timescale.Length) return TimelinessBand.WithinTimescale;
        return days <= (timescale.MaxWorkingDays ?? timescale.Length) ? TimelinessBand.WithinExtendedTimescale : TimelinessBand.BeyondExtendedTimescale;
    }

    /// <summary>The band's heading for a stage of <paramref name="length"/> working days extendable to <paramref name="max"/>.</summary>
    public static string Label(TimelinessBand band, int length, int? max) => band switch
    {
        TimelinessBand.WithinTimescale => $"Within {length} working days",
        TimelinessBand.WithinExtendedTimescale => $"{length + 1}–{max ?? length} working days",
        TimelinessBand.BeyondExtendedTimescale => $"Over {max ?? length} working days",
        _ => "Withdrawn",
    };
}
