using System.Globalization;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>A grouped count: rows of <paramref name="Table"/> whose <paramref name="Basis"/> date falls in
/// <paramref name="From"/>–<paramref name="To"/> (both included), matching every filter, counted per <paramref name="GroupBy"/>.</summary>
/// <param name="Teams">Only these teams' rows (a manager's or a social worker's figures); null for all.</param>
/// <param name="Sum">An amount to add up per group beside the count (<see cref="FactCount.Total"/>): payments' or remedies' pence.</param>
/// <param name="AsAt">Status as at this day (stages only; <see cref="StatusAsAt"/> says what the stores do).</param>
public sealed record FactQuery(
    FactTable Table,
    DateBasis Basis,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<FactFilter> Where,
    IReadOnlyList<FactField> GroupBy,
    IReadOnlyList<string>? Teams = null,
    FactField? Sum = null,
    DateOnly? AsAt = null)
{
    /// <summary>Fields each table has; a query naming another is a bug in a figure, so it throws. A stage's
    /// <see cref="FactField.MemberType"/> is its case's, read from the case's facts at query time.</summary>
    public static IReadOnlySet<FactField> FieldsOf(FactTable table) => table switch
    {
        FactTable.Cases => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.FurthestStage, FactField.ByYoungPerson, FactField.SupportedByAdvocate,
            FactField.MemberType, FactField.ComplimentSource, FactField.ComplimentCategory, FactField.HowReceived, FactField.Relationship },
        FactTable.Children => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.AgeBand, FactField.Gender, FactField.Ethnicity,
            FactField.EthnicGroup, FactField.Disability },
        FactTable.Stages => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.Stage, FactField.IsFurthest, FactField.Band,
            FactField.WithinStatutory, FactField.WithinExtended, FactField.Outcome, FactField.WorkingDays, FactField.OpenedOn, FactField.RespondedOn,
            FactField.MemberType },
        FactTable.Payments => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.PaymentKind, FactField.Stage },
        FactTable.Ombudsman => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.Body, FactField.LgscoCategory,
            FactField.OmbudsmanDecision, FactField.Finding, FactField.Remedied },
        FactTable.Escalations => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.ToStage, FactField.EscalationDecision,
            FactField.AdrMethod, FactField.AdrHeld, FactField.AdrResolved, FactField.Progressed },
        FactTable.Resolutions => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.Stage, FactField.IsFurthest, FactField.Resolution },
        _ => new HashSet<FactField> { FactField.Kind, FactField.Team, FactField.Category, FactField.FirstOfCategory, FactField.Outcome },
    };

    /// <summary>The amounts each table can add up: money, and the days a stage took to answer (an average is their sum
    /// over the stages counted).</summary>
    public static IReadOnlySet<FactField> SummableOf(FactTable table) => table switch
    {
        FactTable.Payments => new HashSet<FactField> { FactField.Pence },
        FactTable.Ombudsman => new HashSet<FactField> { FactField.RemedyPence },
        FactTable.Stages => new HashSet<FactField> { FactField.WorkingDays, FactField.CalendarDays },
        _ => new HashSet<FactField>(),
    };

    /// <summary>Tables with a second date: a stage's or a resolution's response, the Ombudsman's decision.</summary>
    public static bool HasResponseDate(FactTable table) => table is FactTable.Stages or FactTable.Resolutions or FactTable.Ombudsman;

    public void Validate()
    {
        var fields = FieldsOf(Table);
        foreach (var field in Where.Select(w => w.Field).Concat(GroupBy))
            if (!fields.Contains(field)) throw new ArgumentException($"The {Table} facts have no {field}.");
        if (Basis == DateBasis.Responded && !HasResponseDate(Table)) throw new ArgumentException($"The {Table} facts have no response date.");
        if (Sum is { } sum && !SummableOf(Table).Contains(sum)) throw new ArgumentException($"The {Table} facts have no amount {sum}.");
        if (AsAt is not null && Table != FactTable.Stages) throw new ArgumentException("Only stages have a status as at a date.");
    }
}

public enum FactTable { Cases, Stages, Concerns, Children, Payments, Ombudsman, Escalations, Resolutions }

/// <summary>Which date puts a row in a period: most published tables go by date received, some outcome tables by date
/// responded (for the Ombudsman, the day it decided).</summary>
public enum DateBasis { Received, Responded }

public enum FactField
{
    Kind, Team, FurthestStage, ByYoungPerson, SupportedByAdvocate, MemberType, ComplimentSource, ComplimentCategory,
    Stage, IsFurthest, Band, WithinStatutory, WithinExtended, Outcome, WorkingDays, OpenedOn, RespondedOn,
    Category, FirstOfCategory,
    HowReceived, Relationship,
    AgeBand, Gender, Ethnicity, EthnicGroup, Disability,
    PaymentKind, Pence,
    Body, LgscoCategory, OmbudsmanDecision, Finding, Remedied, RemedyPence,
    ToStage, EscalationDecision, AdrMethod, AdrHeld, AdrResolved, Progressed,
    Resolution,
    /// <summary>A stage's calendar days from the day it opened to the day it was answered (only summed, never grouped on).</summary>
    CalendarDays,
}

/// <summary>Rows whose <paramref name="Field"/> has one of <paramref name="Values"/> (null matches a missing value).</summary>
public sealed record FactFilter(FactField Field, IReadOnlyList<string?> Values)
{
    public static FactFilter Is(FactField field, params string?[] values) => new(field, values);
}

/// <summary>How fact values are written in queries and in answers, the same on every store: enums by name, booleans
/// <c>true</c>/<c>false</c>, numbers in invariant digits.</summary>
public static class FactValue
{
    public static string Of<T>(T value) where T : struct, Enum => value.ToString();
    public static string Of(bool value) => value ? "true" : "false";
    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
