namespace ComplaintsAssistant.Core.Tests.EmailIntake.Corpus;

/// <summary>The intake's accuracy on the labelled corpus, field by field, so a change that makes drafts worse fails.
/// Thresholds sit a little under today's figures (bench/ComplaintsAssistant.Bench.Intake prints them); the holdout part
/// was never tuned on and has its own, lower bar.</summary>
public class CorpusAccuracyTests
{
    // One run of the corpus serves every field.
    private static readonly Lazy<Task<(CorpusScore Tune, CorpusScore Holdout)>> Scores = new(CorpusScore.RunAsync);

    [Theory]
    [InlineData("kind", 0.95, 0.90)]
    [InlineData("memberType", 0.97, 0.95)]
    [InlineData("complainant", 0.95, 0.95)]
    [InlineData("relationship", 0.90, 0.85)]
    [InlineData("childComplainedDirectly", 0.95, 0.95)]
    [InlineData("supportedByAdvocate", 0.95, 0.95)]
    [InlineData("originalReceivedAt", 0.97, 0.95)]
    [InlineData("receivedOn", 0.97, 0.95)]
    [InlineData("receivedFrom", 0.97, 0.95)]
    [InlineData("team", 0.80, 0.75)]
    [InlineData("language", 0.95, 0.95)]
    [InlineData("existingCase", 1.0, 1.0)]
    public async Task DraftsMatchTheLabelsAtLeastAsOftenAsBefore(string field, double tuneAtLeast, double holdoutAtLeast)
    {
        var (tune, holdout) = await Scores.Value;

        Assert.True(tune.Accuracy(field) >= tuneAtLeast,
            $"{field}: {tune.Accuracy(field):P0} on the tuned part, below {tuneAtLeast:P0}.\n" + string.Join("\n", tune.Misses.Where(m => m.Contains($" {field}:"))));
        Assert.True(holdout.Accuracy(field) >= holdoutAtLeast,
            $"{field}: {holdout.Accuracy(field):P0} on the holdout, below {holdoutAtLeast:P0}.\n" + string.Join("\n", holdout.Misses.Where(m => m.Contains($" {field}:"))));
    }

    [Fact]
    public void CorpusHasAtLeast150LabelledEmails()
    {
        var labels = CorpusScore.Labels();

        Assert.True(labels.Count >= 150, $"{labels.Count} labelled emails");
        Assert.All(labels, l => Assert.True(File.Exists(Path.Combine(CorpusScore.Folder, l.File)), l.File));
    }
}
