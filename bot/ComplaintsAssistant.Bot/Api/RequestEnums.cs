using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>The values an enum field of a request body takes, as the API spells them, found from the JSON path of a value that
/// could not be read ("$.children[0].ageBand" in a <c>LogCaseRequest</c> → the age bands).</summary>
internal static partial class RequestEnums
{
    public static IReadOnlyList<string>? ValuesAt(Type? body, string? path)
    {
        if (body is null || path is null) return null;
        Type? type = body;
        foreach (Match segment in Segment().Matches(path))
        {
            type = segment.Groups["index"].Success ? ElementOf(type) : PropertyOf(type, segment.Groups["name"].Value);
            if (type is null) return null;
        }
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray() : null;
    }

    private static Type? PropertyOf(Type type, string name) =>
        (Nullable.GetUnderlyingType(type) ?? type).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    [GeneratedRegex(@"\.(?<name>\w+)|\['(?<name>[^']+)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
