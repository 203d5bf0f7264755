using ComplaintsAssistant.Bot.Figures;

namespace ComplaintsAssistant.Bot.Tests.Figures;

/// <summary>A typed word matches the word a figure needs despite a slip of the keyboard: one edit in a word of four or
/// more letters, two in a word of eight or more (an edit: a letter added, dropped or changed, or two neighbours swapped).</summary>
public sealed class QuestionWordsTests
{
    [Theory]
    [InlineData("overdeu", "overdue", true)]           // two neighbours swapped: one edit
    [InlineData("ombudsmen", "ombudsman", true)]       // one letter changed
    [InlineData("complients", "complaints", true)]     // two changed, in a word of ten
    [InlineData("complnts", "complaints", true)]       // two dropped
    [InlineData("compliment", "complaints", false)]    // three edits
    [InlineData("stagee", "stage", true)]              // one added
    [InlineData("stagexx", "stage", false)]            // two added to a word of five
    [InlineData("tiem", "time", true)]
    [InlineData("tmie", "time", true)]
    [InlineData("team", "time", false)]                // more than one edit in a word of four
    [InlineData("2", "1", false)]                      // numbers must be exact
    [InlineData("mp", "mep", false)]                   // words under four letters must be exact
    public void AWordMatchesDespiteASlipOfTheKeyboard(string typed, string wanted, bool matches) =>
        Assert.Equal(matches, QuestionWords.Matches(typed, wanted));

    [Fact]
    public void ALongWordIsComparedAsWellAsAShortOne()
    {
        var wanted = new string('a', 200) + "complaints";
        Assert.True(QuestionWords.Matches(new string('a', 200) + "complients", wanted));
        Assert.False(QuestionWords.Matches(new string('a', 200) + "compliment", wanted));
    }
}
