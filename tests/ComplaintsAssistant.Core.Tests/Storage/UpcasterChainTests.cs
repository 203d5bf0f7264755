using System.Text;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Storage.Upcasting;
using static ComplaintsAssistant.Core.Tests.Cases.Given;

namespace ComplaintsAssistant.Core.Tests.Storage;

/// <summary>How stored case documents of older versions are read, on a chain of made-up steps: version 1 called the
/// team "department", version 2 had no "priority".</summary>
public class UpcasterChainTests
{
    private sealed class RenameDepartment : ICaseUpcaster
    {
        public int From => 1;

        public JsonObject Upcast(JsonObject document)
        {
            var department = document["department"];
            document.Remove("department");
            document["team"] = department?.DeepClone();
            return document;
        }
    }

    private sealed class AddPriority : ICaseUpcaster
    {
        public int From => 2;

        public JsonObject Upcast(JsonObject document)
        {
            document["priority"] = "normal";
            return document;
        }
    }

    private static readonly UpcasterChain Chain = new([new RenameDepartment(), new AddPriority()]);

    private static JsonObject Read(string json) => Chain.ToCurrent(JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void ADocumentWithoutAVersionIsVersion1AndTakesEveryStepInOrder()
    {
        var read = Read("""{"reference":"CC-2026-0001","department":"Fostering"}""");

        Assert.Equal("""{"reference":"CC-2026-0001","team":"Fostering","priority":"normal","schemaVersion":3}""", read.ToJsonString());
    }

    [Fact]
    public void ADocumentTakesOnlyTheStepsAfterItsVersion()
    {
        var read = Read("""{"schemaVersion":2,"reference":"CC-2026-0001","department":"kept as written at 2"}""");

        Assert.Equal("kept as written at 2", read["department"]!.GetValue<string>());
        Assert.Equal("normal", read["priority"]!.GetValue<string>());
    }

    [Fact]
    public void ADocumentAtTheCurrentVersionIsLeftAsItIs()
    {
        Assert.Equal("""{"schemaVersion":3,"reference":"CC-2026-0001","team":"Fostering"}""",
            Read("""{"schemaVersion":3,"reference":"CC-2026-0001","team":"Fostering"}""").ToJsonString());
    }

    [Theory]
    [InlineData("""{"schemaVersion":4,"reference":"CC-2026-0001"}""", "CC-2026-0001 was written by a newer release of ComplaintsAssistant (document version 4; this release reads versions 1 to 3)")]
    [InlineData("""{"reference":"CC-2026-0001","schemaVersion":"three"}""", "CC-2026-0001 has a schemaVersion that is not a version number")]
    [InlineData("""{"schemaVersion":0,"reference":"CC-2026-0001"}""", "CC-2026-0001 has a schemaVersion that is not a version number")]
    public void ADocumentFromANewerReleaseOrWithoutARealVersionIsRefusedNotMisread(string json, string expected)
    {
        var refused = Assert.Throws<CaseDocumentVersionException>(() => Read(json));

        Assert.Contains(expected, refused.Message);
    }

    [Fact]
    public void AChainWithAStepOutOfPlaceIsRefusedWhenBuilt()
    {
        var wrong = Assert.Throws<InvalidOperationException>(() => new UpcasterChain([new AddPriority(), new RenameDepartment()]));

        Assert.Contains("AddPriority reads version 2 but stands at place 1", wrong.Message);
    }

    [Theory]
    [InlineData("""{"reference":"CC-2026-0001","stages":[{"schemaVersion":7}]}""", 1)]
    [InlineData("""{"reference":"CC-2026-0001","schemaVersion":5}""", 5)]
    [InlineData("""{"schemaVersion":1.5}""", 0)]
    public void TheVersionIsReadFromTheTopLevelOnly(string json, int expected)
    {
        Assert.Equal(expected, UpcasterChain.VersionOf(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void EveryCaseIsWrittenWithTheCurrentVersionFirst()
    {
        var json = JsonNode.Parse(CaseJson.Serialize(StatutoryCase()))!.AsObject();

        Assert.Equal(UpcasterChain.VersionProperty, json.First().Key);
        Assert.Equal(CaseJson.CurrentVersion, json[UpcasterChain.VersionProperty]!.GetValue<int>());
        Assert.Equal(CaseUpcasters.Chain.Current, CaseJson.CurrentVersion);
    }

    [Fact]
    public void ACaseFromANewerReleaseIsRefusedNamingItsReference()
    {
        var json = JsonNode.Parse(CaseJson.Serialize(StatutoryCase()))!.AsObject();
        json[UpcasterChain.VersionProperty] = CaseJson.CurrentVersion + 1;

        var refused = Assert.Throws<CaseDocumentVersionException>(() => CaseJson.Deserialize(json.ToJsonString()));

        Assert.Contains("CC-2026-0001 was written by a newer release", refused.Message);
    }
}
