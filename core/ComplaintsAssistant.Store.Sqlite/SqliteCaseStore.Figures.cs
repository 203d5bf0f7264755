using System.Globalization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsAssistant.Store.Sqlite;

/// <summary>Figures as SQL GROUP BY over the fact tables, which every case write replaces in the same transaction.</summary>
public sealed partial class SqliteCaseStore : IFigureFacts
{
    public async Task<IReadOnlyList<FactCount>> CountAsync(FactQuery query, CancellationToken cancellationToken = default)
    {
        query.Validate();
        if (query.Teams is { Count: 0 }) return [];
        var responded = query.Basis == DateBasis.Responded;
        (string Facts, string? Months, string DateColumn) table = query.Table switch
        {
            FactTable.Cases => ("FigureCases", "FigureCaseMonths", "ReceivedOn"),
            FactTable.Stages => ("FigureStages", "FigureStageMonths", responded ? "RespondedOn" : "ReceivedOn"),
            FactTable.Children => ("FigureChildren", "FigureChildMonths", "ReceivedOn"),
            FactTable.Concerns => ("FigureConcerns", "FigureConcernMonths", "ReceivedOn"),
            FactTable.Payments => ("FigurePayments", null, "ReceivedOn"),
            FactTable.Ombudsman => ("FigureOmbudsman", null, responded ? "DecidedOn" : "ReceivedOn"),
            FactTable.Escalations => ("FigureEscalations", null, "ReceivedOn"),
            _ => ("FigureResolutions", "FigureResolutionMonths", responded ? "RespondedOn" : "ReceivedOn"),
        };
        var (facts, months, dateColumn) = table;
        await using var db = _contexts.CreateDbContext();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        var n = 0;
        string Parameter(object? value)
        {
            var name = $"$p{n++}";
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            return name;
        }
        var asAt = query.AsAt is { } day ? Parameter(Day(day)) : null;
        // A fact's field today (at null) or as it stood at the end of the as-at day.
        string Column(FactField field, string? at) => query.Table == FactTable.Stages ? StageColumn(field, at) : ColumnOf(field);
        string Conditions(string? at)
        {
            var where = new List<string>();
            if (at is not null) where.Add($"OpenedOn <= {at}");
            if (at is not null && query.Basis == DateBasis.Responded) where.Add($"RespondedOn <= {at}");
            foreach (var filter in query.Where)
            {
                var column = Column(filter.Field, at);
                var values = filter.Values.Where(v => v is not null).Select(v => Parameter(Stored(filter.Field, v!))).ToArray();
                var matches = new List<string>();
                if (values.Length > 0) matches.Add($"{column} IN ({string.Join(", ", values)})");
                if (filter.Values.Any(v => v is null)) matches.Add($"{column} IS NULL");
                where.Add(matches.Count == 0 ? "0" : $"({string.Join(" OR ", matches)})");
            }
            if (query.Teams is { } teams) where.Add($"Team IN ({string.Join(", ", teams.Select(t => Parameter(t)))})");
            return string.Concat(where.Select(w => " AND " + w));
        }
        string Keys(string? at) => string.Concat(query.GroupBy.Select((field, i) => $"{Column(field, at)} AS k{i}, "));
        string Amount(string? at) => query.Sum is { } sum ? $", {Column(sum, at)} AS T" : "";
        string InPeriod(DateOnly from, DateOnly to) => $"{dateColumn} >= {Parameter(Day(from))} AND {dateColumn} <= {Parameter(Day(to))}";

        // Whole months are summed from the month counts; the days before the first whole month and after the last are counted from the facts.
        // Tables without month counts are counted from the facts for the whole period, and so is what the month counts don't
        // know: a stage's days and dates.
        var span = months is not null && query.Where.Select(w => w.Field).Concat(query.GroupBy).All(f => !NotInStageMonths.Contains(f))
            ? MonthSpan.Of(query.From, query.To)
            : new MonthSpan(null, [(query.From, query.To)]);
        // Status as at a date: the period's stages as they stand today (whole months from the month counts), then the few
        // whose status differs at that date (opened, answered or escalated after it) taken away as they are today and put
        // back as they stood then. Without whole months the facts are read as they stood at the date directly.
        var factsAt = span.Months is null ? asAt : null;
        var parts = new List<string>();
        if (span.Months is { } whole)
            // A month count's sums (a stage's days) are columns named as the field.
            parts.Add($"SELECT {Keys(null)}N{(query.Sum is { } summed ? $", {summed} AS T" : "")} FROM {months} WHERE Month >= {Parameter(whole.First)} AND Month <= {Parameter(whole.Last)}"
                + (query.Table is FactTable.Stages or FactTable.Resolutions ? $" AND Basis = {Parameter(query.Basis.ToString())}" : "") + Conditions(null));
        foreach (var (from, to) in span.Days)
            parts.Add($"SELECT {Keys(factsAt)}1 AS N{Amount(factsAt)} FROM {facts} WHERE {InPeriod(from, to)}{Conditions(factsAt)}");
        if (asAt is not null && factsAt is null)
        {
            var changed = $"(OpenedOn > {asAt} OR RespondedOn > {asAt} OR (IsFurthest = 0 AND {StageColumn(FactField.IsFurthest, asAt)}))";
            parts.Add($"SELECT {Keys(null)}-1 AS N{Amount(null)} FROM {facts} WHERE {InPeriod(query.From, query.To)} AND {changed}{Conditions(null)}");
            parts.Add($"SELECT {Keys(asAt)}1 AS N{Amount(asAt)} FROM {facts} WHERE {InPeriod(query.From, query.To)} AND {changed}{Conditions(asAt)}");
        }
        var keyNames = Enumerable.Range(0, query.GroupBy.Count).Select(i => $"k{i}").ToArray();
        command.CommandText = $"SELECT {string.Concat(keyNames.Select(k => k + ", "))}SUM(N){(query.Sum is null ? "" : ", COALESCE(SUM(T), 0)")} FROM ({string.Join(" UNION ALL ", parts)})"
            + (keyNames.Length == 0 ? "" : $" GROUP BY {string.Join(", ", keyNames)}");

        var counts = new List<FactCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.IsDBNull(keyNames.Length) ? 0 : reader.GetInt32(keyNames.Length);
            if (count == 0) continue;
            var keyValues = query.GroupBy.Select((field, i) => reader.IsDBNull(i) ? null : Read(field, reader.GetValue(i))).ToArray();
            long? total = query.Sum is null ? null : Convert.ToInt64(reader.GetValue(keyNames.Length + 1), CultureInfo.InvariantCulture);
            counts.Add(new FactCount(keyValues, count, total));
        }
        return counts;
    }

    public async Task<IReadOnlyList<Guid>> CasesWithoutFactsAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = _contexts.CreateDbContext();
        return await db.Cases.AsNoTracking()
            .Where(c => !db.FigureCases.Any(f => f.CaseId == c.Id))
            .OrderBy(c => c.Id).Select(c => c.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>Field names are the enum's own, so only known columns ever reach the SQL text. A stage's calendar days are
    /// worked out from its dates (dates are stored as yyyy-MM-dd text).</summary>
    private static string ColumnOf(FactField field) => field == FactField.CalendarDays
        ? "CAST(julianday(RespondedOn) - julianday(OpenedOn) AS INTEGER)"
        : field.ToString();

    private static readonly HashSet<FactField> NotInStageMonths = [FactField.WorkingDays, FactField.OpenedOn, FactField.RespondedOn];

    /// <summary>A stage fact's field (its case's member type is kept on the stage row), and each as it stood at the end of <paramref name="asAt"/>
    /// when one is given (<see cref="StatusAsAt"/>).</summary>
    private static string StageColumn(FactField field, string? asAt) => field switch
    {
        _ when asAt is null => ColumnOf(field),
        FactField.IsFurthest =>
            $"(NOT EXISTS (SELECT 1 FROM FigureStages n WHERE n.CaseId = FigureStages.CaseId AND n.Stage = FigureStages.Stage + 1 AND n.OpenedOn <= {asAt}))",
        _ when StatusAsAt.ResponseFields.Contains(field) => $"(CASE WHEN RespondedOn > {asAt} THEN NULL ELSE {ColumnOf(field)} END)",
        _ => ColumnOf(field),
    };

    private static bool IsBoolean(FactField field) =>
        field is FactField.ByYoungPerson or FactField.SupportedByAdvocate or FactField.IsFurthest or FactField.WithinStatutory or FactField.WithinExtended or FactField.FirstOfCategory
            or FactField.Remedied or FactField.AdrHeld or FactField.AdrResolved or FactField.Progressed;

    private static object Stored(FactField field, string value) => IsBoolean(field) ? (value == FactValue.Of(true) ? 1 : 0)
        : field is FactField.Stage or FactField.FurthestStage or FactField.ToStage or FactField.WorkingDays ? int.Parse(value, CultureInfo.InvariantCulture) : value;

    private static string Read(FactField field, object value) => IsBoolean(field) ? FactValue.Of(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0)
        : Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Replaces the case's fact rows with those core worked out for this save (inside the caller's transaction).</summary>
    private static async Task WriteFactsAsync(CasesDbContext db, Guid caseId, CaseFacts facts, bool replacing, CancellationToken cancellationToken)
    {
        if (replacing)
        {
            await db.FigureCases.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigureStages.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigureConcerns.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigureChildren.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigurePayments.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigureOmbudsman.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigureEscalations.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
            await db.FigureResolutions.Where(f => f.CaseId == caseId).ExecuteDeleteAsync(cancellationToken);
        }
        var c = facts.Case;
        db.FigureCases.Add(new FigureCaseRow
        {
            CaseId = caseId, Kind = c.Kind, Team = c.Team, ReceivedOn = c.ReceivedOn, FurthestStage = c.FurthestStage,
            ByYoungPerson = c.ByYoungPerson, SupportedByAdvocate = c.SupportedByAdvocate, MemberType = c.MemberType, ComplimentSource = c.ComplimentSource, ComplimentCategory = c.ComplimentCategory,
            HowReceived = c.HowReceived, Relationship = c.Relationship,
        });
        db.FigureChildren.AddRange(facts.Children.Select(f => new FigureChildRow
        {
            CaseId = caseId, Number = f.Number, Kind = f.Kind, Team = f.Team, ReceivedOn = f.ReceivedOn, AgeBand = f.AgeBand, Gender = f.Gender,
            Ethnicity = f.Ethnicity, EthnicGroup = f.EthnicGroup, Disability = f.Disability,
        }));
        db.FigureStages.AddRange(facts.Stages.Select(s => new FigureStageRow
        {
            CaseId = caseId, Stage = s.Stage, Kind = s.Kind, Team = s.Team, ReceivedOn = s.ReceivedOn, IsFurthest = s.IsFurthest,
            OpenedOn = s.OpenedOn, StatutoryDueOn = s.StatutoryDueOn, DueOn = s.DueOn, RespondedOn = s.RespondedOn, WorkingDays = s.WorkingDays,
            Band = s.Band, WithinStatutory = s.WithinStatutory, WithinExtended = s.WithinExtended, Outcome = s.Outcome,
            MemberType = c.MemberType,
        }));
        db.FigureConcerns.AddRange(facts.Concerns.Select(f => new FigureConcernRow
        {
            CaseId = caseId, Number = f.Number, Kind = f.Kind, Team = f.Team, ReceivedOn = f.ReceivedOn, Category = f.Category,
            FirstOfCategory = f.FirstOfCategory, Outcome = f.Outcome,
        }));
        db.FigurePayments.AddRange(facts.Payments.Select(f => new FigurePaymentRow
        {
            CaseId = caseId, Number = f.Number, Kind = f.Kind, Team = f.Team, ReceivedOn = f.ReceivedOn, PaymentKind = f.PaymentKind,
            Stage = f.Stage, Pence = f.Pence,
        }));
        db.FigureOmbudsman.AddRange(facts.Ombudsman.Select(f => new FigureOmbudsmanRow
        {
            CaseId = caseId, Kind = f.Kind, Team = f.Team, ReceivedOn = f.ReceivedOn, Body = f.Body, LgscoCategory = f.LgscoCategory,
            OmbudsmanDecision = f.OmbudsmanDecision, DecidedOn = f.DecidedOn, Finding = f.Finding, Remedied = f.Remedied, RemedyPence = f.RemedyPence,
        }));
        db.FigureEscalations.AddRange(facts.Escalations.Select(f => new FigureEscalationRow
        {
            CaseId = caseId, Number = f.Number, Kind = f.Kind, Team = f.Team, ReceivedOn = f.ReceivedOn, ToStage = f.ToStage,
            EscalationDecision = f.Decision, AdrMethod = f.AdrMethod, AdrHeld = f.AdrHeld, AdrResolved = f.AdrResolved, Progressed = f.Progressed,
        }));
        db.FigureResolutions.AddRange(facts.Resolutions.Select(f => new FigureResolutionRow
        {
            CaseId = caseId, Stage = f.Stage, Resolution = f.Resolution, Kind = f.Kind, Team = f.Team, ReceivedOn = f.ReceivedOn,
            IsFurthest = f.IsFurthest, RespondedOn = f.RespondedOn,
        }));
    }
}
