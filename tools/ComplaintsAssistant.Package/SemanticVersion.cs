namespace ComplaintsAssistant.Package;

/// <summary>The package version, MAJOR.MINOR.PATCH. Teams keeps an uploaded app until a higher version replaces it, and
/// the XML add-in manifest wants four parts of at most five digits, so each part is kept to what both accept.</summary>
internal readonly record struct SemanticVersion(int Major, int Minor, int Patch) : IComparable<SemanticVersion>
{
    public const int MaxPart = 99999;

    public static bool TryParse(string? text, out SemanticVersion version)
    {
        version = default;
        var parts = text?.Split('.') ?? [];
        if (parts.Length != 3) return false;
        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            // No sign, no leading zero (semver), nothing but digits.
            if (parts[i].Length is 0 or > 5 || !parts[i].All(char.IsAsciiDigit) || (parts[i].Length > 1 && parts[i][0] == '0')) return false;
            numbers[i] = int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
        }
        version = new SemanticVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <summary>The XML manifest's form: the same version with a fourth part of 0.</summary>
    public string ToAddinVersion() => $"{Major}.{Minor}.{Patch}.0";

    public int CompareTo(SemanticVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    public static bool operator >(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) > 0;

    public static bool operator <(SemanticVersion a, SemanticVersion b) => a.CompareTo(b) < 0;

    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}
