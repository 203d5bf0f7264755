using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Tests.Figures;

public class PercentagesTests
{
    [Theory]
    [InlineData(1, 8, 13)]    // 12.5 rounds half up
    [InlineData(134, 142, 94)] // 94.37
    [InlineData(0, 5, 0)]
    [InlineData(5, 5, 100)]
    public void HalfUpRoundsHalvesUp(int part, int whole, int expected) => Assert.Equal(expected, Percentages.HalfUp(part, whole));

    [Fact]
    public void NothingToCountOverHasNoPercentage() => Assert.Null(Percentages.HalfUp(0, 0));

    // domain.md: a complaint counted once at the furthest stage it reached, 134 + 7 + 1 = 142.
    [Fact]
    public void LargestRemainderSharesSumToAHundredWhereHalfUpDoesNot()
    {
        int[] byStage = [134, 7, 1];
        Assert.Equal([94, 5, 1], Percentages.Shares(byStage, Rounding.HalfUp));
        Assert.Equal([94, 5, 1], Percentages.Shares(byStage, Rounding.LargestRemainder));

        int[] thirds = [1, 1, 1];
        Assert.Equal(99, Percentages.Shares(thirds, Rounding.HalfUp).Sum());
        Assert.Equal([34, 33, 33], Percentages.Shares(thirds, Rounding.LargestRemainder));
    }

    [Fact]
    public void SharesOfNothingAreBlank() => Assert.All(Percentages.Shares([0, 0], Rounding.LargestRemainder), Assert.Null);
}
