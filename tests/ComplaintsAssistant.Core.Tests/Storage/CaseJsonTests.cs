using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Storage;

public class CaseJsonTests
{
    [Fact]
    public void SerializeKeepsTheStoredNameOfAClocksLength()
    {
        var timescale = JsonNode.Parse(CaseJson.Serialize(StatutoryCase()))!["stages"]![0]!["clock"]!["timescale"]!;

        Assert.Equal("""{"workingDays":10,"maxWorkingDays":20,"unit":"workingDays"}""", timescale.ToJsonString());
    }

    [Fact]
    public void DeserializeReadsACaseStoredBeforeTimescalesHadUnitsAndStagesKeptTheAgreedStatement()
    {
        var json = JsonNode.Parse(CaseJson.Serialize(StatutoryAtStage2()))!;
        foreach (var stage in json["stages"]!.AsArray())
        {
            stage!["clock"]!["timescale"]!.AsObject().Remove("unit");
            Assert.False(stage.AsObject().ContainsKey("statementAgreedOn"));
        }

        var stored = CaseJson.Deserialize(json.ToJsonString());

        Assert.Equal(new Timescale(25, 65, TimescaleUnit.WorkingDays), stored.CurrentStage!.Clock.Timescale);
        Assert.Equal(Day("2026-07-06"), stored.DueOn());
        Assert.Null(stored.StatementAgreedOn);
    }
}
