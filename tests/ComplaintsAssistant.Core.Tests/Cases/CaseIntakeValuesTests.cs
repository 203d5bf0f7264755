using ComplaintsAssistant.Core.Cases;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Cases;

/// <summary>Values outside their lists are refused wherever they sit in a new case, naming the field.</summary>
public sealed class CaseIntakeValuesTests
{
    public static TheoryData<string, NewCase> OutOfRange => new()
    {
        { "complainant.relationship", Statutory() with { Complainant = new Complainant((ComplainantRelationship)99) } },
        { "member.type", MemberEnquiry() with { Member = new MemberDetails((MemberType)7, "A. Member MP") } },
        { "compliment.source", Compliment() with { Compliment = new ComplimentDetails("Communication", (ComplimentSource)42, "Thanks") } },
        { "children[1].ethnicity", Statutory() with { Children = [
            new ChildConcerned(AgeBand.OneToFour, Gender.Female, Ethnicity.WhiteBritish, Disability.None),
            new ChildConcerned(AgeBand.OneToFour, Gender.Male, (Ethnicity)99, Disability.None)] } },
    };

    /// <summary>Values older records hold (docs/decisions/0012-figures-vocabulary.md) read back, but a new case can't be given them.</summary>
    public static TheoryData<string, NewCase> OnlyOnOlderRecords => new()
    {
        { "complainant.relationship", Statutory() with { Complainant = new Complainant(ComplainantRelationship.ParentOrRelative) } },
        { "children[0].ageBand", Statutory() with { Children = [new ChildConcerned(AgeBand.Under5, Gender.Female, Ethnicity.WhiteBritish, Disability.None)] } },
        { "children[0].ageBand", Statutory() with { Children = [new ChildConcerned(AgeBand.From5To10, Gender.Female, Ethnicity.WhiteBritish, Disability.None)] } },
        { "children[0].ethnicity", Statutory() with { Children = [new ChildConcerned(AgeBand.FiveToNine, Gender.Male, Ethnicity.Mixed, Disability.None)] } },
    };

    [Theory]
    [MemberData(nameof(OnlyOnOlderRecords))]
    public void LogRefusesAValueOnlyOlderRecordsHold(string field, NewCase input)
    {
        var logged = Case.Log(input, "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules);
        Refused.Invalid(logged.Error, field, "no-longer-recorded");
    }

    [Fact]
    public void EveryEthnicityCategoryBelongsToItsOnsGroup()
    {
        Assert.Equal(EthnicGroup.White, Ethnicity.WhiteGypsyOrIrishTraveller.Group());
        Assert.Equal(EthnicGroup.Mixed, Ethnicity.MixedWhiteAndAsian.Group());
        Assert.Equal(EthnicGroup.AsianOrAsianBritish, Ethnicity.AsianChinese.Group());
        Assert.Equal(EthnicGroup.BlackOrBlackBritish, Ethnicity.BlackCaribbean.Group());
        Assert.Equal(EthnicGroup.OtherEthnicGroup, Ethnicity.OtherArab.Group());
        Assert.Equal(EthnicGroup.White, Ethnicity.White.Group());
        Assert.Equal(EthnicGroup.NotKnown, Ethnicity.NotKnown.Group());
        Assert.Equal(19, Enum.GetValues<Ethnicity>().Count(e => !e.IsLegacy()));
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void LogRefusesAValueOutsideItsList(string field, NewCase input)
    {
        var logged = Case.Log(input, "CC-2026-0001", Guid.NewGuid(), Logger, Now, Rules);
        Refused.Invalid(logged.Error, field, "unknown-value");
    }

    [Fact]
    public void AcknowledgingTwiceIsRefusedAndKeepsTheFirstDate()
    {
        var corporate = CorporateCase();
        Assert.Null(corporate.Acknowledge(Day("2026-05-05"), Logger, Now).Error);
        var dueAfterFirst = corporate.RunningClock!.DueOn(Rules.Calendar);

        Refused.ByWorkflow(corporate.Acknowledge(Day("2026-05-07"), Logger, Now).Error, "already-acknowledged");

        Assert.Equal(Day("2026-05-05"), corporate.CurrentStage!.AcknowledgedOn);
        Assert.Equal(dueAfterFirst, corporate.RunningClock!.DueOn(Rules.Calendar));
    }
}
