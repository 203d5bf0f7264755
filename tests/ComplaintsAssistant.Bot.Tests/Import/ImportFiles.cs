using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Import;

/// <summary>A past year's record as import-format.md describes it, and the two forms a file of them takes: JSON Lines (one
/// record a line) and CSV (one row per stage). Written from import-format.md, not from the import's code, so the tests say
/// whether the import reads the format as written.</summary>
public sealed record YearRecord(
    string Reference,
    string Kind,
    DateOnly Received,
    string ReceivedVia,
    string Team,
    string? Relationship = null,
    bool? ChildComplained = null,
    string? Advocate = null,
    IReadOnlyList<(string Category, string? Outcome)>? Concerns = null,
    IReadOnlyList<YearStage>? Stages = null,
    (DateOnly Due, DateOnly? Responded, string? Outcome)? Response = null,
    IReadOnlyList<(string AgeBand, string Gender, string Ethnicity, string Disability)>? Children = null,
    (string Category, string Source)? Compliment = null,
    string? MemberType = null,
    (DateOnly? Decided, string Finding, decimal? Remedy)? Ombudsman = null);

public sealed record YearStage(int Stage, DateOnly Opened, DateOnly Due, DateOnly? ExtendedDue, DateOnly? Responded, string? Outcome,
    IReadOnlyList<string> Resolutions, decimal? Cost = null, decimal? Compensation = null);

public static class ImportFiles
{
    public const string CsvHeader = "reference,kind,received,received_via,complainant,child_complained,advocate,team,reasons,stage,stage_opened,due,extended_due,responded,outcome,reason_outcomes,resolutions,age_bands,genders,ethnicities,disabilities,compliment_category,compliment_from,ombudsman_finding,cost,compensation";

    public static string JsonLines(IEnumerable<YearRecord> records) => string.Concat(records.Select(r => Json(r).ToJsonString() + "\n"));

    /// <summary>The JSON Lines record: every key, null or [] where it doesn't apply.</summary>
    public static JsonObject Json(YearRecord r) => new()
    {
        ["reference"] = r.Reference,
        ["kind"] = r.Kind,
        ["received"] = Day(r.Received),
        ["received_via"] = r.ReceivedVia,
        ["complainant"] = r.Relationship is null ? null : new JsonObject { ["name"] = null, ["relationship"] = r.Relationship },
        ["child_complained"] = r.ChildComplained,
        ["advocate"] = r.Advocate is null ? null : new JsonObject { ["service"] = r.Advocate, ["made_complaint_on_behalf"] = null },
        ["team"] = r.Team,
        ["concerns"] = new JsonArray([.. (r.Concerns ?? []).Select(c => (JsonNode)new JsonObject { ["category"] = c.Category, ["outcome"] = c.Outcome })]),
        ["stages"] = new JsonArray([.. (r.Stages ?? []).Select(s => (JsonNode)new JsonObject
        {
            ["stage"] = s.Stage, ["opened"] = Day(s.Opened), ["due"] = Day(s.Due), ["extended_due"] = Day(s.ExtendedDue), ["responded"] = Day(s.Responded),
            ["outcome"] = s.Outcome, ["resolutions"] = new JsonArray([.. s.Resolutions.Select(x => (JsonNode)JsonValue.Create(x))]),
            ["handled_by"] = null, ["panel_held"] = null,
        })]),
        ["escalation_requests"] = new JsonArray(),
        ["response"] = r.Response is { } response
            ? new JsonObject { ["due"] = Day(response.Due), ["responded"] = Day(response.Responded), ["outcome"] = response.Outcome }
            : null,
        ["children"] = new JsonArray([.. (r.Children ?? []).Select(c => (JsonNode)new JsonObject
            { ["name"] = null, ["age_band"] = c.AgeBand, ["gender"] = c.Gender, ["ethnicity"] = c.Ethnicity, ["disability"] = c.Disability })]),
        ["costs"] = new JsonArray([.. (r.Stages ?? []).Where(s => s.Cost is not null)
            .Select(s => (JsonNode)new JsonObject { ["stage"] = s.Stage, ["type"] = null, ["amount"] = s.Cost })]),
        ["compensation"] = new JsonArray([.. (r.Stages ?? []).Where(s => s.Compensation is not null)
            .Select(s => (JsonNode)new JsonObject { ["stage"] = s.Stage, ["reason"] = null, ["amount"] = s.Compensation, ["paid"] = null })]),
        ["compliment"] = r.Compliment is { } p ? new JsonObject { ["category"] = p.Category, ["source"] = p.Source, ["about"] = null, ["quote"] = null } : null,
        ["member_enquiry"] = r.MemberType is null ? null : new JsonObject { ["member_type"] = r.MemberType, ["member_name"] = null, ["on_behalf_of"] = null },
        ["ombudsman"] = r.Ombudsman is { } o
            ? new JsonObject
            {
                ["body"] = null, ["lgsco_category"] = null, ["service_area"] = null, ["decision"] = null, ["decided"] = Day(o.Decided),
                ["finding"] = o.Finding, ["remedy"] = null, ["remedy_amount"] = o.Remedy,
            }
            : null,
        ["related_reference"] = null,
    };

    /// <summary>The CSV: the header, then one row per stage (case columns repeated), one row for a record without stages.</summary>
    public static string Csv(IEnumerable<YearRecord> records, string newline = "\r\n") =>
        CsvHeader + newline + string.Concat(CsvRows(records).Select(row => row + newline));

    public static IEnumerable<string> CsvRows(IEnumerable<YearRecord> records)
    {
        foreach (var r in records)
        {
            var reasons = string.Join(';', (r.Concerns ?? []).Select(c => c.Category));
            var outcomes = (r.Concerns ?? []).Any(c => c.Outcome is not null) ? string.Join(';', r.Concerns!.Select(c => $"{c.Category}={c.Outcome}")) : "";
            var children = r.Children ?? [];
            string[] Case(string? complainant) =>
            [
                r.Reference, r.Kind, Day(r.Received)!, r.ReceivedVia, complainant ?? "", r.ChildComplained switch { true => "true", false => "false", _ => "" },
                r.Advocate ?? "", r.Team, reasons,
            ];
            string[] Equalities() =>
            [
                string.Join(';', children.Select(c => c.AgeBand)), string.Join(';', children.Select(c => c.Gender)),
                string.Join(';', children.Select(c => c.Ethnicity)), string.Join(';', children.Select(c => c.Disability)),
                r.Compliment?.Category ?? "", r.Compliment?.Source ?? "", r.Ombudsman?.Finding ?? "",
            ];
            var complainant = r.MemberType ?? r.Relationship;
            if (r.Stages is { Count: > 0 } stages)
            {
                foreach (var s in stages)
                    yield return Row([.. Case(complainant), s.Stage.ToString(CultureInfo.InvariantCulture), Day(s.Opened)!, Day(s.Due)!, Day(s.ExtendedDue) ?? "",
                        Day(s.Responded) ?? "", s.Outcome ?? "", outcomes, string.Join(';', s.Resolutions), .. Equalities(), Money(s.Cost), Money(s.Compensation)]);
                continue;
            }
            var response = r.Response;
            var ombudsman = r.Ombudsman;
            yield return Row([.. Case(complainant), "", response is null ? "" : Day(r.Received)!, Day(response?.Due) ?? "", "",
                Day(response?.Responded) ?? Day(ombudsman?.Decided) ?? "", response?.Outcome ?? "", outcomes, "", .. Equalities(), "", Money(ombudsman?.Remedy)]);
        }
    }

    /// <summary>RFC 4180: a value with a comma, a quote or a line break goes in quotes, its quotes doubled.</summary>
    public static string Row(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\n', '\r']) < 0 ? f : $"\"{f.Replace("\"", "\"\"")}\""));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
