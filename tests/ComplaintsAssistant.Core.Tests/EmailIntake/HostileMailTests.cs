using ComplaintsAssistant.Core.Tests.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.Tests.EmailIntake.Corpus;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Core.Tests.EmailIntake;

/// <summary>Every hostile message ends in a draft (with warnings where something was cut) or a refusal naming the
/// rule, never an exception. Their time and memory are measured by the bench, not here.</summary>
public class HostileMailTests
{
    public static TheoryData<string> Names => [.. HostileSet.All().Select(h => h.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task DraftAsyncGivesADraftOrAClearRefusal(string name)
    {
        var message = HostileSet.All().First(h => h.Name == name).Message;
        // A generous budget: this proves the outcome, not the speed (a busy machine must not fail it).
        var settings = CorpusCouncil.Settings with { Limits = new IntakeLimits(TimeBudget: TimeSpan.FromMinutes(5)) };
        var drafter = new EmailDrafter(settings, CorpusCouncil.Cases(), new FakeTimeProvider());

        var result = await drafter.DraftAsync(new MemoryStream(message));

        if (result.Succeeded) Assert.NotNull(result.Value.KindReason);
        else Assert.Contains(result.Error!.Rule, new[] { "message-too-large", "not-an-email", "too-many-headers" });
    }

    [Theory]
    [InlineData("30 MB message (over the limit)", "message-too-large")]
    [InlineData("one 4 MB header", "too-many-headers")]
    [InlineData("200,000 headers", "too-many-headers")]
    [InlineData("not an email", "not-an-email")]
    public async Task DraftAsyncRefusesWhatCannotBeReadSafely(string name, string rule)
    {
        var drafter = new EmailDrafter(CorpusCouncil.Settings, CorpusCouncil.Cases(), new FakeTimeProvider());

        var result = await drafter.DraftAsync(new MemoryStream(HostileSet.All().First(h => h.Name == name).Message));

        Assert.Equal(rule, result.Error?.Rule);
    }

    [Fact]
    public async Task DraftAsyncSeesPhishingThroughZeroWidthCharacters()
    {
        var drafter = new EmailDrafter(CorpusCouncil.Settings, CorpusCouncil.Cases(), new FakeTimeProvider());

        var result = await drafter.DraftAsync(new MemoryStream(HostileSet.All().Single(h => h.Name == "zero-width phishing").Message));

        Assert.Equal(DraftKind.NotACase, result.Value.Kind);
        Assert.StartsWith("Phishing", result.Value.KindReason);
    }
}
