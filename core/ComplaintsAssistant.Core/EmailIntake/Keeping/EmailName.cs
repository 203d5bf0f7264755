using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.EmailIntake.Keeping;

/// <summary>An email's file name is the SHA-256 of its bytes: keeping the same email again (a retry, the add-in reopened) is
/// the same file, and no name ever carries anything from the email itself.</summary>
public static partial class EmailName
{
    public static string Of(ReadOnlySpan<byte> email) => Convert.ToHexStringLower(SHA256.HashData(email)) + ".eml";

    /// <summary>True for a name <see cref="Of"/> could give; stores refuse anything else, so no name reaches a path or URL.</summary>
    public static bool IsValid(string? name) => name is not null && Shape().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{64}\\.eml$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
