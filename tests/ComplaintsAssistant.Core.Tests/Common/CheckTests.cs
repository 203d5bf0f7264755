using ComplaintsAssistant.Core.Common;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

// Not ...Tests.Common: that namespace would hide Core.Common from the tests beside it.
namespace ComplaintsAssistant.Core.Tests;

/// <summary>Refusals in words a council officer uses, with dates the way the UK writes them, whatever the machine's culture.</summary>
public class CheckTests
{
    [Theory]
    [InlineData("respondedOn", "2026-03-01", "receivedOn", "2026-04-02", null, "The response date can't be before the date received (2 April 2026).")]
    [InlineData("respondedOn", "2026-03-01", "receivedOn", "2026-04-02", "the date the complaint was received",
        "The response date can't be before the date the complaint was received (2 April 2026).")]
    [InlineData("targetDate", "2026-12-24", "today", "2027-03-01", null, "The target date can't be before today (1 March 2027).")]
    public void NotBeforeSaysItInWordsKeepingTheRule(string field, string date, string earliestName, string earliest, string? earliestWords, string message)
    {
        var error = Check.NotBefore(Day(date), Day(earliest), field, earliestName, earliestWords: earliestWords);

        Assert.Equal((field, $"{field}-before-{earliestName}", message), (error!.Field, error.Rule, error.Message));
    }

    [Fact]
    public void DatesAreInUkStyleWhateverTheCurrentCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("The acknowledgement date can't be in the future (2 March 2027).",
                Check.NotInFuture(Day("2027-03-02"), Today, "acknowledgedOn")!.Message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("reason", null, "The reason is required.")]
    [InlineData("member.memberName", null, "The member's name is required.")]
    [InlineData("concerns[2]", null, "Concern 3 is required.")]
    [InlineData("note", "the reason for not progressing it", "The reason for not progressing it is required.")]
    public void RequiredNamesTheFieldInWords(string field, string? words, string message) =>
        Assert.Equal(message, Check.Required(" ", field, words: words)!.Message);

    [Fact]
    public void AllKeepsEveryFailureButOnlyTheFirstForEachField()
    {
        var all = Check.All(
            null,
            Check.NotBefore(Day("2026-03-01"), Day("2026-04-02"), "respondedOn", "receivedOn"),
            Check.NotBefore(Day("2026-03-01"), Day("2026-04-02"), "respondedOn", "stageOpenedOn"),
            Check.Required("", "reason"),
            Check.All(Check.Required("", "note"), Check.Required("", "reason")));

        Assert.Equal(["respondedOn-before-receivedOn", "required", "required"], all!.All.Select(e => e.Rule));
        Assert.Equal(["respondedOn", "reason", "note"], all.All.Select(e => e.Field));
        Assert.Null(Check.All(null, null));
    }
}
