using System.Text;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.FigureLinks;
using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Tests.Figures;

/// <summary>A figure in pounds on the card and in its CSV: the total in pounds and pence, each row's amount with its payments.</summary>
public sealed class MoneyFigureTextTests
{
    // Seed 002's compensation of 2018/19 (£50.00, £50.00 at stage 1; £58.50 at stage 2) beside one payment of £75.00 the year before.
    private static Figure Compensation(int year, decimal amount, params FigureRow[] rows) =>
        new("costs.compensation", "Compensation and remedy payments, by stage", ReportingPeriod.FinancialYear(year), FigureUnit.Pounds,
            rows.Sum(r => r.Count), rows.Sum(r => r.Count), rows, "Compensation and remedy payments recorded on cases received in the period.", Amount: amount);

    private static readonly FigureComparison Answer = new(
        Compensation(2018, 158.50m, new FigureRow("Stage 1", 2, 63, Amount: 100.00m), new FigureRow("Stage 2", 1, 37, Amount: 58.50m)),
        Compensation(2017, 75.00m, new FigureRow("Stage 1", 1, 100, Amount: 75.00m)));

    [Fact]
    public void TheCardShowsTheTotalInPoundsAndEachRowsAmountWithItsPayments()
    {
        var figure = Answer.Current;

        Assert.Equal(("£158.50", "3 payments."), (FigureCard.Value(figure), FigureCard.Population(figure)));
        Assert.Equal(["£100.00 from 2 payments", "£58.50 from 1 payment"], figure.Breakdown.Select(r => FigureCard.RowCount(figure, r)));
    }

    [Fact]
    public void TheCsvCarriesTheSameWords()
    {
        var csv = Encoding.UTF8.GetString(FigureCsv.Write(Answer, "Every team"));

        Assert.Contains("£158.50", csv, StringComparison.Ordinal);
        Assert.Contains("Same period a year earlier (2017/18),£75.00", csv, StringComparison.Ordinal);
        Assert.Contains("Up £83.50 on 2017/18", csv, StringComparison.Ordinal);
        Assert.Contains("Stage 2,£58.50 from 1 payment,37%", csv, StringComparison.Ordinal);
    }
}
