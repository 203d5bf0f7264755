using ComplaintsAssistant.Bot.Api;
using Microsoft.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Any store version becomes a valid strong entity-tag (RFC 9110 §8.8.3) and comes back exactly.</summary>
public sealed class VersionsTests
{
    [Theory]
    [InlineData("1", "\"1\"")]                                            // SQLite: a number
    [InlineData("\"0000d986-0000-0d00-0000-6655a6b70000\"", "\"%220000d986-0000-0d00-0000-6655a6b70000%22\"")] // Cosmos: quotes inside
    [InlineData("50%", "\"50%25\"")]
    [InlineData("a b\\c", "\"a%20b\\c\"")]
    [InlineData("café", "\"caf%C3%A9\"")]
    [InlineData("", "\"\"")]
    public void AVersionBecomesAStrongTagThatGivesItBack(string version, string tag)
    {
        Assert.Equal(tag, Versions.ToETag(version));
        Assert.Matches("^\"[\\x21\\x23-\\x7E]*\"$", tag);
        Assert.Equal(version, Versions.FromETag(new EntityTagHeaderValue(tag)));
    }

    [Theory]
    [InlineData("\"%31\"")]   // "1" spelt another way: strong comparison is character by character
    [InlineData("\"%2a\"")]
    [InlineData("\"50%\"")]   // a bare '%' this API never sends
    [InlineData("\"%2\"")]
    public void ATagThisApiNeverSentStandsForNoVersion(string tag) =>
        Assert.Null(Versions.FromETag(new EntityTagHeaderValue(tag)));

    [Fact]
    public void AWeakTagStandsForNoVersion() =>
        Assert.Null(Versions.FromETag(new EntityTagHeaderValue("\"1\"", isWeak: true)));
}
