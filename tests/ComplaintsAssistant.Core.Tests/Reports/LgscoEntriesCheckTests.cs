using ComplaintsAssistant.Core.Reports.Lgsco;

namespace ComplaintsAssistant.Core.Tests.Reports;

public class LgscoEntriesCheckTests
{
    private static readonly OmbudsmanLetter Letter = new(10, 2, 4, 4, 50);

    private static List<SelfAssessmentEntry> EveryProvision() =>
        CodeProvisions.All.Select(p => new SelfAssessmentEntry(p.Id, true, "Policy", null)).ToList();

    [Fact]
    public void AFullSelfAssessmentAndTheLettersFiguresPass() =>
        Assert.Null(LgscoEntriesCheck.Problems(new LgscoEntries(EveryProvision(), Letter)));

    [Fact]
    public void NotComplyingNeedsACommentaryNamingTheProvision()
    {
        var rows = EveryProvision();
        rows[5] = rows[5] with { Complies = false };

        var error = LgscoEntriesCheck.Problems(new LgscoEntries(rows, Letter))!;

        Assert.Equal(("selfAssessment[5].commentary", "commentary-required"), (error.Field, error.Rule));
        Assert.Equal("The council does not comply with provision 6a (Complaints stages: stage 1): say in the commentary what it will do and by when.", error.Message);
    }

    [Fact]
    public void UnknownRepeatedAndMissingProvisionsAreEachNamed()
    {
        var rows = EveryProvision();
        rows[1] = rows[1] with { Provision = "10" };
        rows.Add(rows[0]);

        var error = LgscoEntriesCheck.Problems(new LgscoEntries(rows, Letter))!;

        Assert.Equal(["unknown-provision", "duplicate-provision", "provision-missing"], error.All.Select(e => e.Rule));
        Assert.StartsWith("\"10\" is not a provision of the Code. The provisions are 1, 2, 3", error.Message);
        Assert.Equal("The self-assessment has no row for provision 2 (Exclusions).", error.All[^1].Message);
    }

    [Theory]
    [InlineData(-1, 50, "ombudsmanLetter.received", "count-range")]
    [InlineData(10, 101, "ombudsmanLetter.upheldPercent", "percent-range")]
    [InlineData(null, 50, "ombudsmanLetter.received", "letter-figure-required")]
    public void TheLettersFiguresAreCountsAndPercentages(int? received, int upheld, string field, string rule)
    {
        var error = LgscoEntriesCheck.Problems(new LgscoEntries(EveryProvision(), Letter with { Received = received, UpheldPercent = upheld }))!;
        Assert.Equal((field, rule), (error.Field, error.Rule));
    }
}
