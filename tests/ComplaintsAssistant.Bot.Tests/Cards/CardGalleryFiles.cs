using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Bot.Tests.Cards;

/// <summary>Writes the gallery as JSON files for the browser test, with ids made stable so the files only change when a card does.</summary>
public static partial class CardGalleryFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the files whose cards changed and returns their names (empty when the committed gallery is current).</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var changed = new List<string>();
        foreach (var (name, card) in await CardGallery.BuildAsync())
        {
            var path = Path.Combine(folder, $"{name}.json");
            var json = Stable(card.ToJsonString(Indented)) + "\n";
            if (File.Exists(path) && await File.ReadAllTextAsync(path) == json) continue;
            await File.WriteAllTextAsync(path, json);
            changed.Add(name);
        }
        return changed;
    }

    /// <summary>Case ids and form ids become 00000000-0000-0000-0000-000000000001… in order of appearance.</summary>
    private static string Stable(string json)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return Guid().Replace(json, m =>
        {
            if (!seen.TryGetValue(m.Value, out var stable))
            {
                var number = (seen.Count + 1).ToString("000000000000", System.Globalization.CultureInfo.InvariantCulture);
                stable = m.Value.Contains('-') ? $"00000000-0000-0000-0000-{number}" : $"00000000000000000000{number}";
                seen[m.Value] = stable;
            }
            return stable;
        });
    }

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();
}
