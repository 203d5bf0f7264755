namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>A time zone written beside a time: a numeric offset (<c>+0100</c>) or a known abbreviation (<c>BST</c>).</summary>
/// <param name="Text">What was written, as the evidence to show.</param>
public sealed record WrittenZone(TimeSpan Offset, string Text)
{
    private static readonly Dictionary<string, TimeSpan> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gmt"] = TimeSpan.Zero, ["utc"] = TimeSpan.Zero, ["ut"] = TimeSpan.Zero, ["z"] = TimeSpan.Zero,
        ["greenwich mean time"] = TimeSpan.Zero, ["coordinated universal time"] = TimeSpan.Zero,
        ["bst"] = TimeSpan.FromHours(1), ["british summer time"] = TimeSpan.FromHours(1),
        // IST in mail to an English council is Irish Standard Time (Dublin's summer time), not India's.
        ["ist"] = TimeSpan.FromHours(1),
        ["wet"] = TimeSpan.Zero, ["west"] = TimeSpan.FromHours(1),
        ["cet"] = TimeSpan.FromHours(1), ["cest"] = TimeSpan.FromHours(2),
        ["eet"] = TimeSpan.FromHours(2), ["eest"] = TimeSpan.FromHours(3),
        ["est"] = TimeSpan.FromHours(-5), ["edt"] = TimeSpan.FromHours(-4), ["cst"] = TimeSpan.FromHours(-6), ["cdt"] = TimeSpan.FromHours(-5),
        ["mst"] = TimeSpan.FromHours(-7), ["mdt"] = TimeSpan.FromHours(-6), ["pst"] = TimeSpan.FromHours(-8), ["pdt"] = TimeSpan.FromHours(-7),
    };

    public static WrittenZone? Named(string name) =>
        Abbreviations.TryGetValue(name.Trim(), out var offset) ? new WrittenZone(offset, name.Trim().ToUpperInvariant()) : null;
}
