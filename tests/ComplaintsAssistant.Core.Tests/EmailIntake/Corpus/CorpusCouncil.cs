using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Linking;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Corpus;

/// <summary>The fictional council the corpus was written for (Thornbury Borough Council), and the cases it already has.</summary>
public static class CorpusCouncil
{
    public static EmailIntakeSettings Settings { get; } = new(
        CouncilVocabulary.Default,
        [
            new Councillor("Ben Ashworth", ["ben.ashworth@thornbury.gov.uk"]),
            new Councillor("Priya Shah", ["priya.shah@thornbury.gov.uk"]),
            new Councillor("Derek Moss", []),
            new Councillor("Helen Ogundipe", ["helen.ogundipe@thornbury.gov.uk"]),
        ],
        ["thornbury.gov.uk"],
        "complaints@thornbury.gov.uk");

    public static InMemoryEmailCaseLookup Cases()
    {
        var cases = new InMemoryEmailCaseLookup();
        cases.Add(new LinkedCase(Guid.Parse("00000000-0000-0000-0000-000000000012"), "CC-2026-0012"), conversation: ["ack-0012@thornbury.gov.uk"]);
        cases.Add(new LinkedCase(Guid.Parse("00000000-0000-0000-0000-000000000020"), "CC-2026-0020"), intakeKey: "already-a-case-0020@mail.gmail.com");
        cases.Add(new LinkedCase(Guid.Parse("00000000-0000-0000-0000-000000000031"), "ME-2026-0031"));
        return cases;
    }
}
