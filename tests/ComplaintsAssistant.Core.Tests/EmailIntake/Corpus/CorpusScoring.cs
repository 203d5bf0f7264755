using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Corpus;

/// <summary>One labelled email of the corpus, as gen.py wrote it to labels.json. Null fields are not scored.</summary>
public sealed record CorpusLabel(
    string File, string Kind, string? MemberType, string? ComplainantName, string? ComplainantEmail, string? Relationship,
    bool ChildComplainedDirectly, bool SupportedByAdvocate, string ReceivedAt, string ReceivedOn, string ReceivedFrom,
    string? Team, string? Language, string? ExistingCase)
{
    public bool Holdout => File.StartsWith("holdout/", StringComparison.Ordinal);
}

/// <summary>How many of the corpus's emails the intake got right, field by field.</summary>
public sealed class CorpusScore
{
    public static readonly string[] Fields =
        ["kind", "memberType", "complainant", "relationship", "childComplainedDirectly", "supportedByAdvocate",
         "originalReceivedAt", "receivedOn", "receivedFrom", "team", "language", "existingCase"];

    private readonly Dictionary<string, (int Right, int Total)> tally = Fields.ToDictionary(f => f, _ => (0, 0));
    public List<string> Misses { get; } = [];
    public int Emails { get; private set; }

    public double Accuracy(string field) => tally[field].Total == 0 ? 1 : (double)tally[field].Right / tally[field].Total;
    public (int Right, int Total) Count(string field) => tally[field];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "EmailIntake", "Corpus");

    public static IReadOnlyList<CorpusLabel> Labels() =>
        JsonSerializer.Deserialize<List<CorpusLabel>>(File.ReadAllText(Path.Combine(Folder, "labels.json")),
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!;

    public static EmailDrafter Drafter() =>
        new(CorpusCouncil.Settings, CorpusCouncil.Cases(), new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));

    /// <summary>The corpus was labelled before parents and relatives (and friends and members of the public) were told
    /// apart, so a finer relationship is right when its group is the label.</summary>
    private static string LabelWords(ComplainantRelationship relationship) => relationship.Group() switch
    {
        ComplainantGroup.ParentOrRelative => "parentOrRelative",
        ComplainantGroup.OtherOrPublic => "friendOrOther",
        _ => Camel(relationship.ToString()),
    };

    public void Add(CorpusLabel label, EmailDraft? draft)
    {
        Emails++;
        Score("kind", label, Camel(label.Kind), draft is null ? null : Camel(draft.Kind.ToString()));
        Score("memberType", label, label.MemberType, draft?.MemberType?.ToString().ToLowerInvariant());
        if (label.Kind is not ("notACase" or "ombudsmanEnquiry"))
            Score("complainant", label, $"{label.ComplainantName}|{label.ComplainantEmail}".ToLowerInvariant(),
                draft is null ? null : $"{draft.Complainant.Name}|{draft.Complainant.Email}".ToLowerInvariant());
        if (label.Relationship is not null)
            Score("relationship", label, label.Relationship, draft?.Complainant.Relationship is { } r ? LabelWords(r) : null);
        if (label.Kind is not "notACase")
        {
            Score("childComplainedDirectly", label, label.ChildComplainedDirectly.ToString(), draft?.ChildComplainedDirectly.ToString());
            Score("supportedByAdvocate", label, label.SupportedByAdvocate.ToString(), draft?.SupportedByAdvocate.ToString());
        }
        var expectedAt = DateTimeOffset.Parse(label.ReceivedAt, CultureInfo.InvariantCulture);
        Score("originalReceivedAt", label, $"{expectedAt.UtcDateTime:O}{expectedAt.Offset}", draft is null ? null : $"{draft.OriginalReceivedAt.UtcDateTime:O}{draft.OriginalReceivedAt.Offset}");
        Score("receivedOn", label, label.ReceivedOn, draft?.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Score("receivedFrom", label, label.ReceivedFrom, draft is null ? null : Camel(draft.ReceivedFrom.ToString()));
        if (label.Kind is not "notACase") Score("team", label, label.Team ?? "(none)", draft?.Team ?? "(none)");
        Score("language", label, label.Language ?? "(english)", draft is null ? null : draft.Language ?? "(english)");
        Score("existingCase", label, label.ExistingCase ?? "(none)", draft is null ? null : draft.ExistingCase?.Reference ?? "(none)");
    }

    private void Score(string field, CorpusLabel label, string? expected, string? actual)
    {
        var right = string.Equals(expected?.Trim(), actual?.Trim(), StringComparison.OrdinalIgnoreCase);
        var (r, t) = tally[field];
        tally[field] = (r + (right ? 1 : 0), t + 1);
        if (!right) Misses.Add($"{label.File} {field}: expected {expected}, got {actual}");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static async Task<(CorpusScore Tune, CorpusScore Holdout)> RunAsync()
    {
        var drafter = Drafter();
        var (tune, holdout) = (new CorpusScore(), new CorpusScore());
        foreach (var label in Labels())
        {
            await using var file = File.OpenRead(Path.Combine(Folder, label.File));
            var draft = await drafter.DraftAsync(file);
            (label.Holdout ? holdout : tune).Add(label, draft.Succeeded ? draft.Value : null);
        }
        return (tune, holdout);
    }
}
