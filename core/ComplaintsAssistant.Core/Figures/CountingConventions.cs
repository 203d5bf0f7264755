using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Core.Figures;

/// <summary>The counting choices that make two councils' tables differ from the same cases (domain.md, "Counting
/// conventions"). A council picks per table; the defaults are what most published reports do.</summary>
/// <param name="SmallNumbersBelow">Counts of people from 1 to one less than this are shown as "fewer than" it
/// (<see cref="SmallNumbers"/>); 5 as most councils publish, 1 to show every count.</param>
/// <param name="AsAt">Status as at this day (the year end): a stage answered after it is open, an escalation after it not
/// counted (<see cref="StatusAsAt"/>); null for the status today. Stage, outcome and timeliness figures follow it.</param>
public sealed record CountingConventions(
    StageCounting Stages = StageCounting.FurthestStage,
    DateBasis DateBasis = DateBasis.Received,
    DueDateChoice DueDate = DueDateChoice.Statutory,
    ConcernCounting Concerns = ConcernCounting.EveryTimeRaised,
    Rounding Rounding = Rounding.HalfUp,
    int SmallNumbersBelow = SmallNumbers.DefaultThreshold,
    AdrEscalations AdrEscalations = AdrEscalations.CountedAsEscalations,
    DateOnly? AsAt = null)
{
    public static CountingConventions Default { get; } = new();

    /// <summary>The same choices for the same period a year earlier: its status as at a year before.</summary>
    public CountingConventions YearEarlier() => AsAt is { } day ? this with { AsAt = day.AddYears(-1) } : this;

    /// <summary>"Status as at 31 March 2019: a complaint answered after it is counted as open." (empty without a date).</summary>
    public string AsAtWords => AsAt is { } day
        ? $" Status as at {day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: a complaint answered after it is counted as open, an escalation after it is not counted."
        : "";
}

/// <summary>A complaint that reached stage 2 counted once, at stage 2 (134 + 7 + 1 = 142 complaints), or at every
/// stage it passed through (counted at stage 1 and at stage 2).</summary>
public enum StageCounting { FurthestStage, EveryStage }

/// <summary>On time against the fixed statutory period ignoring extensions (10 working days at stage 1), or against
/// the extended due date agreed with the complainant (up to 20).</summary>
public enum DueDateChoice { Statutory, Extended }

/// <summary>A category raised twice in one complaint counted twice (every time raised) or once (distinct per complaint).</summary>
public enum ConcernCounting { EveryTimeRaised, DistinctPerComplaint }

/// <summary>Percentages rounded half up each on its own (they may sum to 99 or 101), or by largest remainder so they sum to 100.</summary>
public enum Rounding { HalfUp, LargestRemainder }

/// <summary>An escalation request that ADR resolved opens no stage: counted among the escalations received (the report says
/// "6 escalations received, 6 ADRs held, 6 resolved" while stage 2 stays at nought), or apart from them (escalations
/// received are the requests that went on to be decided otherwise; the ADR table shows the rest).</summary>
public enum AdrEscalations { CountedAsEscalations, CountedApart }
