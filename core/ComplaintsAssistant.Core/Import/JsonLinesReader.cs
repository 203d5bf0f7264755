using System.Text.Json;

namespace ComplaintsAssistant.Core.Import;

/// <summary>import-format.md's JSON Lines: one complete case per line. Blank lines are skipped. A key the format
/// doesn't have is reported (its value would otherwise be lost), and the case is still read.</summary>
public sealed class JsonLinesReader : IImportReader
{
    private static readonly HashSet<string> Keys =
    [
        "reference", "kind", "received", "received_via", "complainant", "child_complained", "advocate", "team", "concerns", "stages",
        "escalation_requests", "response", "children", "costs", "compensation", "compliment", "member_enquiry", "ombudsman", "related_reference",
    ];

    public IEnumerable<ReadRecord> Read(Stream stream)
    {
        foreach (var (number, text) in Utf8Lines.Read(stream))
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            yield return ReadLine(number, text);
        }
    }

    private static ReadRecord ReadLine(int line, string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return ReadRecord.Refused(line, null,
                [new ImportIssue(line, null, null, $"This line is not a JSON object{(e.BytePositionInLine is { } at ? $" (the JSON breaks at character {at + 1})" : "")}: each line must be one whole case.")]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadRecord.Refused(line, null, [new ImportIssue(line, null, null, "This line is not a JSON object: each line must be one whole case ({…}).")]);
            var issues = new List<ImportIssue>();
            var read = ReadCase(root, new JsonValues(line, issues), line);
            var reference = read?.Reference ?? (root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null);
            foreach (var unknown in root.EnumerateObject().Where(p => !Keys.Contains(p.Name)))
                issues.Add(new ImportIssue(line, unknown.Name, null, "is not a key of the import format, so its value can't be kept: remove it or rename it.", reference));
            if (issues.Count > 0) issues = [.. issues.Select(i => i with { Reference = reference })];
            return read is null || issues.Any(i => i.Column is null || Keys.Contains(RootKey(i.Column)))
                ? ReadRecord.Refused(line, reference, issues)
                : new ReadRecord(line, reference, read, issues);
        }
    }

    private static string RootKey(string path) => path.Split('.', '[')[0];

    private static ImportedCase? ReadCase(JsonElement root, JsonValues json, int line)
    {
        var reference = json.Text(root, "reference", "reference", required: true);
        var kind = json.Text(root, "kind", "kind", required: true);
        var received = json.Date(root, "received", "received", required: true);
        var complainant = json.Object(root, "complainant", "complainant") is { } c
            ? new ImportedComplainant(json.Text(c, "name", "complainant.name"), json.Text(c, "relationship", "complainant.relationship"))
            : null;
        var advocate = json.Object(root, "advocate", "advocate") is { } a
            ? new ImportedAdvocate(json.Text(a, "service", "advocate.service"), json.Bool(a, "made_complaint_on_behalf", "advocate.made_complaint_on_behalf"))
            : null;
        var concerns = json.List(root, "concerns", "concerns").Where(x => json.IsObject(x.Item, x.Path))
            .Select(x => (Category: json.Text(x.Item, "category", $"{x.Path}.category", required: true), Outcome: json.Text(x.Item, "outcome", $"{x.Path}.outcome")))
            .Where(x => x.Category is not null).Select(x => new ImportedConcern(x.Category!, x.Outcome)).ToArray();
        var stages = json.List(root, "stages", "stages").Where(x => json.IsObject(x.Item, x.Path)).Select(x => Stage(x.Item, x.Path, json)).OfType<ImportedStage>().ToArray();
        var escalations = json.List(root, "escalation_requests", "escalation_requests").Where(x => json.IsObject(x.Item, x.Path))
            .Select(x => Escalation(x.Item, x.Path, json)).OfType<ImportedEscalationRequest>().ToArray();
        var response = json.Object(root, "response", "response") is { } r
            ? new ImportedResponse(json.Date(r, "due", "response.due"), json.Date(r, "responded", "response.responded"), json.Text(r, "outcome", "response.outcome"))
            : null;
        var children = json.List(root, "children", "children").Where(x => json.IsObject(x.Item, x.Path))
            .Select(x => new ImportedChild(json.Text(x.Item, "name", $"{x.Path}.name"), json.Text(x.Item, "age_band", $"{x.Path}.age_band"),
                json.Text(x.Item, "gender", $"{x.Path}.gender"), json.Text(x.Item, "ethnicity", $"{x.Path}.ethnicity"),
                json.Text(x.Item, "disability", $"{x.Path}.disability")))
            .ToArray();
        var costs = json.List(root, "costs", "costs").Where(x => json.IsObject(x.Item, x.Path))
            .Select(x => (Stage: json.Int(x.Item, "stage", $"{x.Path}.stage"), Type: json.Text(x.Item, "type", $"{x.Path}.type"), Amount: json.Money(x.Item, "amount", $"{x.Path}.amount", required: true)))
            .Where(x => x.Amount is not null).Select(x => new ImportedCost(x.Stage, x.Type, x.Amount!.Value)).ToArray();
        var compensation = json.List(root, "compensation", "compensation").Where(x => json.IsObject(x.Item, x.Path))
            .Select(x => (Stage: json.Int(x.Item, "stage", $"{x.Path}.stage"), Reason: json.Text(x.Item, "reason", $"{x.Path}.reason"),
                Amount: json.Money(x.Item, "amount", $"{x.Path}.amount", required: true), Paid: json.Date(x.Item, "paid", $"{x.Path}.paid")))
            .Where(x => x.Amount is not null).Select(x => new ImportedCompensation(x.Stage, x.Reason, x.Amount!.Value, x.Paid)).ToArray();
        var compliment = json.Object(root, "compliment", "compliment") is { } p
            ? new ImportedCompliment(json.Text(p, "category", "compliment.category"), json.Text(p, "source", "compliment.source"),
                json.Text(p, "about", "compliment.about"), json.Text(p, "quote", "compliment.quote"))
            : null;
        var member = json.Object(root, "member_enquiry", "member_enquiry") is { } m
            ? new ImportedMemberEnquiry(json.Text(m, "member_type", "member_enquiry.member_type"), json.Text(m, "member_name", "member_enquiry.member_name"),
                json.Text(m, "on_behalf_of", "member_enquiry.on_behalf_of"))
            : null;
        var ombudsman = json.Object(root, "ombudsman", "ombudsman") is { } o
            ? new ImportedOmbudsman(json.Text(o, "body", "ombudsman.body"), json.Text(o, "lgsco_category", "ombudsman.lgsco_category"),
                json.Text(o, "service_area", "ombudsman.service_area"), json.Text(o, "decision", "ombudsman.decision"),
                json.Date(o, "decided", "ombudsman.decided"), json.Text(o, "finding", "ombudsman.finding"), json.Text(o, "remedy", "ombudsman.remedy"),
                json.Money(o, "remedy_amount", "ombudsman.remedy_amount"))
            : null;
        var receivedVia = json.Text(root, "received_via", "received_via");
        var childComplained = json.Bool(root, "child_complained", "child_complained");
        var team = json.Text(root, "team", "team");
        var related = json.Text(root, "related_reference", "related_reference");

        if (reference is null || kind is null || received is null) return null;
        return new ImportedCase(reference, kind, received.Value, receivedVia, complainant, childComplained, advocate, team, concerns, stages,
            escalations, response, children, costs, compensation, compliment, member, ombudsman, related, new JsonPlaces(line));
    }

    private static ImportedStage? Stage(JsonElement item, string path, JsonValues json)
    {
        var number = json.Int(item, "stage", $"{path}.stage", required: true);
        var opened = json.Date(item, "opened", $"{path}.opened", required: true);
        var due = json.Date(item, "due", $"{path}.due");
        var extended = json.Date(item, "extended_due", $"{path}.extended_due");
        var responded = json.Date(item, "responded", $"{path}.responded");
        var outcome = json.Text(item, "outcome", $"{path}.outcome");
        var resolutions = json.List(item, "resolutions", $"{path}.resolutions")
            .Select(x => x.Item.ValueKind == JsonValueKind.String ? x.Item.GetString()!.Trim() : Wrong(json, x.Path, x.Item))
            .OfType<string>().ToArray();
        var handledBy = json.Text(item, "handled_by", $"{path}.handled_by");
        var panel = json.Date(item, "panel_held", $"{path}.panel_held");
        return number is null || opened is null ? null
            : new ImportedStage(number.Value, opened.Value, due, extended, responded, outcome, resolutions, handledBy, panel);
    }

    private static string? Wrong(JsonValues json, string path, JsonElement item)
    {
        json.Add(path, item.GetRawText(), "must be text (in quotes).");
        return null;
    }

    private static ImportedEscalationRequest? Escalation(JsonElement item, string path, JsonValues json)
    {
        var to = json.Int(item, "to_stage", $"{path}.to_stage", required: true);
        var requested = json.Date(item, "requested", $"{path}.requested", required: true);
        var assessedBy = json.Text(item, "assessed_by", $"{path}.assessed_by");
        var adr = json.Object(item, "adr", $"{path}.adr") is { } a
            ? new ImportedAdr(json.Text(a, "method", $"{path}.adr.method"), json.Date(a, "completed", $"{path}.adr.completed"),
                json.Bool(a, "resolved", $"{path}.adr.resolved"), json.Text(a, "note", $"{path}.adr.note"))
            : null;
        var progressed = json.Bool(item, "progressed", $"{path}.progressed");
        if (progressed is null) json.Add($"{path}.progressed", null, "is required: true when the next stage was opened, false when not.");
        return to is null || requested is null || progressed is null ? null : new ImportedEscalationRequest(to.Value, requested.Value, assessedBy, adr, progressed.Value);
    }
}
