using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Core.Access;
using static ComplaintsAssistant.Bot.Tests.Conversations.CardQuery;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>Someone set up only through an Entra group can't be listed as an owner, but can take a case on themselves.</summary>
public sealed class GroupOnlyOwnerTests : IDisposable
{
    private const string GroupManager = "3f2c1a9e-0000-4000-8000-000000000001";
    private const string ManagersGroup = "aaaaaaaa-0000-0000-0000-000000000001";

    private readonly BotHarness _bot = new(groups: (
        [new GroupOptions { GroupId = ManagersGroup, Name = "Children in Care managers", Role = Role.Manager, Teams = [BotHarness.Team] }],
        new Members(GroupManager, ManagersGroup)));

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AManagerSetUpOnlyByGroupIsOfferedAsOwnerAndCanLogACaseTheyOwn()
    {
        var form = PostedCard(await _bot.SayAsync(GroupManager, "log complaint"));

        var owner = Input(form, "owner")!;
        Assert.Contains(owner["choices"]!.AsArray(), c => (string?)c!["value"] == GroupManager && ((string?)c["title"])!.EndsWith("(you)", StringComparison.Ordinal));
        Assert.Equal(GroupManager, (string?)owner["value"]);

        var logged = await _bot.ClickAsync(GroupManager, Button(form, "Log complaint"),
            ("kind", "StatutoryComplaint"), ("team", BotHarness.Team), ("receivedOn", "2026-05-01"), ("howReceived", "Email"),
            ("relationship", "Parent"), ("concerns", "Finance"), ("owner", GroupManager));

        Assert.Contains("Logged CC-2026-0001", Text(logged.ReplacementCard!));
        Assert.Equal(GroupManager, (await _bot.CaseAsync("CC-2026-0001")).Case.Stages[0].Owner);
    }

    private sealed class Members(string person, string group) : IGroupMembership
    {
        public Task<IReadOnlyList<string>> MemberOfAsync(string objectId, IReadOnlyList<string> candidateGroupIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(objectId == person && candidateGroupIds.Contains(group) ? [group] : []);
    }
}
