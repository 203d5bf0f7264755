using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Core.Tests.Figures;

public class AveragesTests
{
    [Theory]
    [InlineData(127, 10, "12.70")]
    [InlineData(14, 3, "4.67")]
    [InlineData(19, 3, "6.33")]
    [InlineData(1, 8, "0.13")]   // 0.125: halves away from zero
    [InlineData(0, 4, "0.00")]
    public void AnAverageIsPrintedToTwoDecimalPlacesHalvesUp(long total, int count, string printed) =>
        Assert.Equal(printed, Averages.Text(Averages.Of(total, count)!.Value));

    [Fact]
    public void NothingToAverageOverHasNoAverage() => Assert.Null(Averages.Of(0, 0));
}
