using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>Loads a Teams activity fixture with the fake connector as its service URL.</summary>
internal static class TeamsFixtures
{
    public static string Load(string name, string serviceUrl) =>
        File.ReadAllText(RepoPaths.Fixture(name)).Replace("{{serviceUrl}}", serviceUrl, StringComparison.Ordinal);

    public static JsonObject LoadObject(string name, string serviceUrl) =>
        JsonNode.Parse(Load(name, serviceUrl))!.AsObject();
}
