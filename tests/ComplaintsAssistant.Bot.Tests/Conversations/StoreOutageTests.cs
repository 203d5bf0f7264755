using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Store.Cosmos;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>The case records can't be reached (a Cosmos account on a closed loopback port): the person is told so and
/// keeps what they typed, instead of the bot going quiet.</summary>
public sealed class StoreOutageTests
{
    [Fact]
    public async Task ALogFormSubmittedWhileTheStoreIsDownStaysAsTypedAndTheBotSaysItCantReachTheRecords()
    {
        var options = new CosmosStoreOptions
        {
            Endpoint = Api.Unreachable.CosmosEndpoint(),
            Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            AllowInsecureLocalCertificate = true,
        };
        using var client = CosmosClientFactory.Create(options);
        using var bot = new BotHarness(store: new OutageAwareCaseStore(new CosmosCaseStore(client, options), CosmosOutages.Recognise));
        var form = PostedCard(await bot.SayAsync(BotHarness.SocialWorker, "log complaint"));

        var reply = await bot.ClickAsync(BotHarness.SocialWorker, Button(form, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
            ("relationship", "Parent"), ("concerns", "Lack of communication"), ("owner", BotHarness.Manager), ("summary", "Visits cancelled"));

        Assert.Null(reply.ReplacementCard); // the form is not replaced: what was typed is still on it
        var notice = PostedCard(reply);
        Assert.Contains("can't reach the case records", Text(notice));
        Assert.Contains("try again in a few minutes", Text(notice));
    }
}
