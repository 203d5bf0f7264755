namespace ComplaintsAssistant.Core.Import;

/// <summary>The CSV form's columns, exactly as import-format.md lists them, in its order.</summary>
public static class CsvColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "reference", "kind", "received", "received_via", "complainant", "child_complained", "advocate", "team", "reasons",
        "stage", "stage_opened", "due", "extended_due", "responded", "outcome", "reason_outcomes", "resolutions", "age_bands",
        "genders", "ethnicities", "disabilities", "compliment_category", "compliment_from", "ombudsman_finding", "cost", "compensation",
    ];

    /// <summary>Columns that describe the whole case and repeat on each of its rows. reason_outcomes is read from the
    /// row of the furthest stage, whose outcomes are the complaint's.</summary>
    public static IReadOnlyList<string> CaseLevel { get; } =
    [
        "reference", "kind", "received", "received_via", "complainant", "child_complained", "advocate", "team", "reasons",
        "age_bands", "genders", "ethnicities", "disabilities", "compliment_category", "compliment_from", "ombudsman_finding",
    ];

    private static readonly Dictionary<string, int> Positions = All.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);

    public static int IndexOf(string column) => Positions[column];

    /// <summary>The column holding a JSON key (<c>stages[1].opened</c> → <c>stage_opened</c>), for issues about a CSV case.</summary>
    public static string ForKey(string key)
    {
        var parts = key.Split('.');
        var head = parts[0].Split('[')[0];
        var leaf = parts.Length > 1 ? parts[^1].Split('[')[0] : head;
        return (head, leaf) switch
        {
            ("complainant", _) or ("member_enquiry", _) => "complainant",
            ("advocate", _) => "advocate",
            ("concerns", "outcome") => "reason_outcomes",
            ("concerns", _) => "reasons",
            ("stages", "opened") => "stage_opened",
            ("stages", "stage") => "stage",
            ("stages", _) or ("response", _) => leaf,
            ("children", "age_band") => "age_bands",
            ("children", "gender") => "genders",
            ("children", "ethnicity") => "ethnicities",
            ("children", "disability") => "disabilities",
            ("compliment", "source") => "compliment_from",
            ("compliment", _) => "compliment_category",
            ("ombudsman", "decided") => "responded",
            ("ombudsman", "remedy_amount") => "compensation",
            ("ombudsman", _) => "ombudsman_finding",
            ("costs", _) => "cost",
            ("compensation", _) => "compensation",
            _ => head,
        };
    }
}

/// <summary>Where a CSV case's keys are: the row of the stage (or cost) they belong to, else the case's first row.</summary>
internal sealed record CsvPlaces(int Line, IReadOnlyDictionary<string, int> RowOf) : ISourcePlaces
{
    public (int Line, string Column) Of(string key)
    {
        var item = key.Split('.')[0];
        return (RowOf.TryGetValue(item, out var line) ? line : Line, CsvColumns.ForKey(key));
    }
}
