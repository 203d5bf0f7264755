using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Tests.Storage;

/// <summary>Cases stored before the reporting vocabularies (document version 1) read in the new words where the old value
/// has one meaning, and keep what can't be split.</summary>
public class ReportingVocabularyUpcasterTests
{
    private const string Version1 = """
        {"id":"8f1c6c8e-6a55-4d0c-9f0e-1a7e2b3c4d09","reference":"CC-2025-0009","kind":"statutoryComplaint","status":"closed",
         "receivedOn":"2025-05-01","howReceived":"letter","receivedBy":"officer-1","team":"Fostering","createdAt":"2025-05-01T09:30:00+00:00",
         "complainant":{"relationship":"friendOrOther"},
         "children":[{"ageBand":"from16To17","gender":"male","ethnicity":"blackOrBlackBritish","disability":"none"},
                     {"ageBand":"over18CareLeaver","gender":"female","ethnicity":"notKnown","disability":"notKnown"},
                     {"ageBand":"from5To10","gender":"female","ethnicity":"white","disability":"none"}],
         "concerns":[{"number":1,"category":"Finance"}],
         "stages":[{"number":1,"owner":"manager-1","openedOn":"2025-05-01",
                    "clock":{"name":"response","startedOn":"2025-05-01","timescale":{"workingDays":10,"maxWorkingDays":20,"unit":"workingDays"}},
                    "clockBasis":"receipt","respondedOn":"2025-05-14","outcome":"rejected","resolutions":["financialAward","apology"],
                    "concernOutcomes":[{"concernNumber":1,"outcome":"rejected"}]}],
         "escalations":[{"fromStage":1,"requestedOn":"2025-05-20","workingDaysAfterResponse":4,"outsideWindow":false,
                         "decision":"resolvedByAdr","decisionNote":"Mediation; plan agreed","decidedOn":"2025-06-02"}],
         "payments":[],"learningActions":[],"audit":[]}
        """;

    [Fact]
    public void AnOldCaseReadsInTheVocabulariesPublishedTablesUse()
    {
        var read = CaseJson.Deserialize(Version1).Snapshot;

        Assert.Equal(ComplainantRelationship.Other, read.Complainant!.Relationship);
        Assert.Equal([AgeBand.SixteenToSeventeen, AgeBand.EighteenPlus, AgeBand.From5To10], read.Children.Select(c => c.AgeBand));
        Assert.Equal([EthnicGroup.BlackOrBlackBritish, EthnicGroup.NotKnown, EthnicGroup.White], read.Children.Select(c => c.Ethnicity.Group()));
        Assert.Equal(Outcome.OutOfJurisdiction, read.Stages[0].Outcome);
        Assert.Equal(Outcome.OutOfJurisdiction, read.Stages[0].ConcernOutcomes![0].Outcome);
        Assert.Equal([Resolution.FinancialRemedy, Resolution.Apology], read.Stages[0].Resolutions);
    }

    [Fact]
    public void AnEscalationResolvedByAdrBeforeAdrWasRecordedGetsTheAdrItImplies()
    {
        var escalation = CaseJson.Deserialize(Version1).Snapshot.Escalations.Single();

        Assert.Equal(new AdrMeeting(null, new DateOnly(2025, 6, 2), Resolved: true, "Mediation; plan agreed"), escalation.Adr);
        Assert.Equal(2, escalation.ToStage);
        Assert.False(escalation.Progressed);
    }
}
