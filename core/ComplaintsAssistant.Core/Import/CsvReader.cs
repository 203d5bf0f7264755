namespace ComplaintsAssistant.Core.Import;

/// <summary>import-format.md's CSV: one row per stage, the case's columns repeated on each, gathered into one case by
/// <c>reference</c> (a case's rows may be anywhere in the file, in any order). The header must be exactly the documented
/// columns in order. A case is read once the whole file is, so cases come out in the order their first row appears.</summary>
public sealed class CsvReader : IImportReader
{
    public IEnumerable<ReadRecord> Read(Stream stream)
    {
        var rows = CsvRecords.Read(Utf8Lines.Read(stream)).GetEnumerator();
        if (!rows.MoveNext()) yield break;
        CheckHeader(rows.Current);

        var cases = new Dictionary<string, List<CsvStageRow>>(StringComparer.Ordinal);
        var order = new List<object>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Broken is { } broken) { order.Add(ReadRecord.Refused(row.Line, null, [new ImportIssue(row.Line, null, null, broken)])); continue; }
            if (row.Fields.Count != CsvColumns.All.Count)
            {
                order.Add(ReadRecord.Refused(row.Line, row.Fields[0], [new ImportIssue(row.Line, null, null,
                    $"This row has {row.Fields.Count} columns; the header has {CsvColumns.All.Count}. A value with a comma in it must be in double quotes.")]));
                continue;
            }
            var parsed = CsvStageRow.Parse(row);
            if (parsed.Reference.Length == 0)
            {
                order.Add(ReadRecord.Refused(row.Line, null, [new ImportIssue(row.Line, "reference", null, "is required: the case's reference in the old system.")]));
                continue;
            }
            if (!cases.TryGetValue(parsed.Reference, out var list))
            {
                cases[parsed.Reference] = list = [];
                order.Add(parsed.Reference);
            }
            list.Add(parsed);
        }
        foreach (var item in order)
            yield return item as ReadRecord ?? CsvCase.Gather(cases[(string)item]);
    }

    private static void CheckHeader(CsvRow header)
    {
        var names = header.Fields.Select(f => f.Trim()).ToArray();
        for (var i = 0; i < CsvColumns.All.Count; i++)
        {
            var expected = CsvColumns.All[i];
            if (i >= names.Length)
                throw Refused(header.Line, null, $"The header stops after column {i}: column {i + 1} must be '{expected}'. {Expected}");
            if (!string.Equals(names[i], expected, StringComparison.OrdinalIgnoreCase))
                throw Refused(header.Line, names[i], $"Column {i + 1} of the header is '{names[i]}'; it must be '{expected}'. {Expected}");
        }
        if (names.Length > CsvColumns.All.Count)
            throw Refused(header.Line, names[CsvColumns.All.Count], $"The header has a column {CsvColumns.All.Count + 1} ('{names[CsvColumns.All.Count]}') after the last one, 'compensation'. {Expected}");
    }

    private static string Expected => $"The columns, in order: {string.Join(", ", CsvColumns.All)}. Nothing was imported.";

    private static ImportFileRefusedException Refused(int line, string? value, string reason) =>
        new(new ImportIssue(line, "header", value, reason));
}
