using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The Outlook pane shows a case's owner in words: the name of someone set up by id, "a member of …" for someone
/// who owns cases through an Entra group the council set up (they have no name here), and the id only when nothing is known.</summary>
public sealed class OwnerNameTests : IDisposable
{
    private const string GroupMember = "3f2c1a9e-0000-4000-8000-000000000001";
    private readonly ApiHost _host = new(new()
    {
        ["Access:Groups:0:GroupId"] = "aaaaaaaa-0000-0000-0000-000000000001",
        ["Access:Groups:0:Name"] = "Children in Care managers",
        ["Access:Groups:0:Role"] = "Manager",
        ["Access:Groups:0:Teams:0"] = "Children in Care",
    }, services: s => s.Replace(ServiceDescriptor.Singleton<IGroupMembership>(new OneMember())));

    private async Task<string> NameOfAsync(string id) =>
        (string)(await _host.As("dev-social-worker").GetFromJsonAsync<JsonObject>($"api/owners/{id}"))!["name"]!;

    [Fact]
    public async Task An_owner_is_named_as_set_up_as_a_group_member_by_their_group_and_otherwise_by_id()
    {
        Assert.Equal("Morgan Team Manager", await NameOfAsync("dev-manager"));
        Assert.Equal("a member of Children in Care managers", await NameOfAsync(GroupMember));
        Assert.Equal("3f2c1a9e-0000-4000-8000-00000000ffff", await NameOfAsync("3f2c1a9e-0000-4000-8000-00000000ffff"));
    }

    public void Dispose() => _host.Dispose();

    private sealed class OneMember : IGroupMembership
    {
        public Task<IReadOnlyList<string>> MemberOfAsync(string objectId, IReadOnlyList<string> candidateGroupIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(objectId == GroupMember ? candidateGroupIds : []);
    }
}
