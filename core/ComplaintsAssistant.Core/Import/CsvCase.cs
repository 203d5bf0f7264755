namespace ComplaintsAssistant.Core.Import;

/// <summary>Gathers a case's CSV rows into one case: its stages in order, its repeated columns read once (they must agree
/// on every row), and the columns holding several values (<c>a;b;c</c>) split into concerns, children and resolutions.</summary>
internal static class CsvCase
{
    public static ReadRecord Gather(IReadOnlyList<CsvStageRow> rows)
    {
        var first = rows[0];
        var issues = rows.SelectMany(r => r.Issues).ToList();
        issues.AddRange(Disagreements(rows));

        var staged = rows.Where(r => r.Stage is not null).OrderBy(r => r.Stage).ThenBy(r => r.Line).ToArray();
        var unstaged = rows.Where(r => r.Cell("stage") is null).ToArray();
        if (staged.Length > 0 && unstaged.Length > 0)
            issues.Add(Issue(unstaged[0], "stage", null, $"is blank here, but line {staged[0].Line} gives {first.Reference} stage {staged[0].Stage}: a case with stages has a stage number on each row."));
        if (unstaged.Length > 1)
            issues.Add(Issue(unstaged[1], "reference", first.Reference, $"appears again (first on line {unstaged[0].Line}) without a stage: a record without stages has one row."));
        var kept = new List<CsvStageRow>();
        foreach (var stage in staged.GroupBy(r => r.Stage))
        {
            var copies = stage.ToArray();
            foreach (var copy in copies.Skip(1))
                issues.Add(Issue(copy, "stage", copy.Cell("stage"), $"{first.Reference} stage {stage.Key} appears twice (first on line {copies[0].Line}): each stage has one row."));
            kept.Add(copies[0]);
        }

        var last = kept.Count > 0 ? kept[^1] : first;
        var places = new Dictionary<string, int>();
        for (var i = 0; i < kept.Count; i++) places[$"stages[{i}]"] = kept[i].Line;
        var read = Read(first, last, kept, unstaged.FirstOrDefault(), places, issues);
        return issues.Count > 0 || read is null ? ReadRecord.Refused(first.Line, first.Reference, issues) : ReadRecord.Read(read);
    }

    private static ImportedCase? Read(CsvStageRow first, CsvStageRow last, IReadOnlyList<CsvStageRow> stages, CsvStageRow? single,
        Dictionary<string, int> places, List<ImportIssue> issues)
    {
        var kind = first.Cell("kind");
        if (kind is null) issues.Add(Issue(first, "kind", null, "is required."));
        if (first.Received is null && first.Cell("received") is null) issues.Add(Issue(first, "received", null, "is required: the date received."));
        foreach (var row in stages.Where(r => r.Opened is null && r.Cell("stage_opened") is null))
            issues.Add(Issue(row, "stage_opened", null, "is required on a stage's row: the date the stage opened."));
        if (kind is null || first.Received is null || issues.Count > 0) return null;

        var isMember = kind == "member_enquiry";
        var isOmbudsman = kind == "ombudsman_enquiry";
        var concerns = Concerns(first, last, issues);
        var children = Children(first, issues);
        var costs = new List<ImportedCost>();
        var compensation = new List<ImportedCompensation>();
        foreach (var row in stages.Count > 0 ? stages : single is null ? [] : [single])
        {
            if (row.Cost is { } cost) { places[$"costs[{costs.Count}]"] = row.Line; costs.Add(new ImportedCost(row.Stage, null, cost)); }
            if (row.Compensation is { } paid && !isOmbudsman)
            {
                places[$"compensation[{compensation.Count}]"] = row.Line;
                compensation.Add(new ImportedCompensation(row.Stage, null, paid, null));
            }
        }
        var withResponse = single is not null && kind is "informal_representation" or "member_enquiry";

        return new ImportedCase(
            first.Reference, kind, first.Received.Value, first.Cell("received_via"),
            isMember || first.Cell("complainant") is null ? null : new ImportedComplainant(null, first.Cell("complainant")),
            first.ChildComplained,
            first.Cell("advocate") is { } service ? new ImportedAdvocate(service, null) : null,
            first.Cell("team"),
            concerns,
            stages.Select(r => new ImportedStage(r.Stage!.Value, r.Opened!.Value, r.Due, r.ExtendedDue, r.Responded, r.Cell("outcome"), r.List("resolutions"), null, null)).ToArray(),
            [],
            withResponse ? new ImportedResponse(single!.Due, single.Responded, single.Cell("outcome")) : null,
            children, costs, compensation,
            first.Cell("compliment_category") is not null || first.Cell("compliment_from") is not null
                ? new ImportedCompliment(first.Cell("compliment_category"), first.Cell("compliment_from"), null, null)
                : null,
            isMember ? new ImportedMemberEnquiry(first.Cell("complainant"), null, null) : null,
            isOmbudsman ? new ImportedOmbudsman(null, null, null, null, single?.Responded, first.Cell("ombudsman_finding"), null, single?.Compensation) : null,
            null,
            new CsvPlaces(first.Line, places));
    }

    /// <summary>reasons holds the categories (repeats kept); reason_outcomes <c>category=outcome</c>, one per concern, in the
    /// same order, from the furthest stage's row.</summary>
    private static IReadOnlyList<ImportedConcern> Concerns(CsvStageRow first, CsvStageRow last, List<ImportIssue> issues)
    {
        var categories = first.List("reasons");
        var outcomes = last.List("reason_outcomes");
        if (outcomes.Count == 0) return categories.Select(c => new ImportedConcern(c, null)).ToArray();
        if (outcomes.Count != categories.Count)
        {
            issues.Add(Issue(last, "reason_outcomes", last.Cell("reason_outcomes"),
                $"has {outcomes.Count} entries but reasons has {categories.Count}: give one category=outcome for each reason, in the same order."));
            return [];
        }
        var concerns = new List<ImportedConcern>();
        for (var i = 0; i < categories.Count; i++)
        {
            var at = outcomes[i].LastIndexOf('=');
            var category = at < 0 ? "" : outcomes[i][..at].Trim();
            if (!string.Equals(category, categories[i], StringComparison.OrdinalIgnoreCase))
                issues.Add(Issue(last, "reason_outcomes", outcomes[i], $"entry {i + 1} must be '{categories[i]}=outcome', for reason {i + 1} ('{categories[i]}')."));
            concerns.Add(new ImportedConcern(categories[i], at < 0 ? null : outcomes[i][(at + 1)..].Trim()));
        }
        return concerns;
    }

    private static IReadOnlyList<ImportedChild> Children(CsvStageRow row, List<ImportIssue> issues)
    {
        string[] columns = ["age_bands", "genders", "ethnicities", "disabilities"];
        var lists = columns.Select(row.List).ToArray();
        var count = lists.Max(l => l.Count);
        foreach (var (list, column) in lists.Zip(columns).Where(x => x.First.Count != 0 && x.First.Count != count))
            issues.Add(Issue(row, column, row.Cell(column), $"has {list.Count} entries but another equalities column has {count}: one entry per child in each, children in the same order."));
        string? At(int list, int i) => lists[list].Count == 0 || lists[list][i].Length == 0 ? null : lists[list][i];
        return Enumerable.Range(0, lists.All(l => l.Count == 0 || l.Count == count) ? count : 0)
            .Select(i => new ImportedChild(null, At(0, i), At(1, i), At(2, i), At(3, i))).ToArray();
    }

    /// <summary>Repeated columns that differ between a case's rows: the file can't say which is right.</summary>
    private static IEnumerable<ImportIssue> Disagreements(IReadOnlyList<CsvStageRow> rows) =>
        from column in CsvColumns.CaseLevel
        let value = rows[0].Cell(column)
        from row in rows.Skip(1)
        where !string.Equals(row.Cell(column), value, StringComparison.Ordinal)
        select Issue(row, column, row.Cell(column) ?? "", $"differs from line {rows[0].Line} ('{value}'): a case's columns repeat the same value on each of its rows.");

    private static ImportIssue Issue(CsvStageRow row, string column, string? value, string reason) =>
        new(row.Line, column, value, reason, row.Reference);
}
