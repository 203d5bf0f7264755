namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>Status as at a date (domain.md, "Counting conventions"): the year-end report's view of a case answered in
/// April is "open". The stores apply it at query time to the stage facts they already hold, so no fact is rewritten:
/// <list type="bullet">
/// <item>a stage opened after the date is left out (an escalation after it is not counted);</item>
/// <item>a stage answered after the date reads as unanswered: its <see cref="ResponseFields"/> read as missing, so it is
/// open in the outcome tables and not yet counted over in the timeliness ones;</item>
/// <item>a stage is the furthest reached if no later stage had opened by the date.</item>
/// </list>
/// A withdrawal carries no date in the facts, so a withdrawn stage stays withdrawn as at any date after it opened.</summary>
public static class StatusAsAt
{
    /// <summary>The fields a response gives a stage, missing until it is answered.</summary>
    public static IReadOnlySet<FactField> ResponseFields { get; } = new HashSet<FactField>
    {
        FactField.RespondedOn, FactField.WorkingDays, FactField.CalendarDays, FactField.Band, FactField.WithinStatutory, FactField.WithinExtended, FactField.Outcome,
    };
}
