using System.Net;
using System.Text;
using ComplaintsAssistant.Bot.Tests.Api;
using ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;
using ComplaintsAssistant.Bot.Tests.Intake;

namespace ComplaintsAssistant.Bot.Tests.Mailbox;

/// <summary>Graph change notifications only make the host read the mailbox early: the subscription's validation is echoed
/// as text, a notification carrying the clientState reads the mailbox now (not at the next interval), and anything
/// malformed is refused without reading.</summary>
public sealed class MailboxNotificationTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;
    private ApiHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _host = _graph.Host(new() { ["Mailbox:ClientState"] = "a-secret-only-graph-and-we-know" });
    }

    [Fact]
    public async Task The_subscriptions_validation_token_is_echoed_as_text()
    {
        var response = await _host.CreateClient().PostAsync("mailbox/notifications?validationToken=Validation%3A%20Testing", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: Testing", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_notification_with_the_client_state_reads_the_mailbox_before_the_interval_is_up()
    {
        // The host reads the mailbox as it starts, then waits five minutes on a clock that doesn't move.
        await _graph.WhenDeltaCalls(1).WithinHangLimit();
        _graph.Deliver(Emails.ParentComplaint());

        var response = await _host.CreateClient().PostAsync("mailbox/notifications", Body("a-secret-only-graph-and-we-know"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await _graph.WhenDeltaCalls(2).WithinHangLimit();
    }

    [Fact]
    public async Task Malformed_notifications_are_refused()
    {
        var response = await _host.CreateClient().PostAsync("mailbox/notifications", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static StringContent Body(string clientState) => new($$"""
        {"value":[{"subscriptionId":"7f105c7d-2dc5-4530-97cd-4e7ae6534c07","clientState":"{{clientState}}","changeType":"created",
          "resource":"Users/complaints@thornbury.gov.uk/Messages/AAMkImmutable0000","tenantId":"84bd8158-6d4d-4958-8b9f-9d6445542f95"}]}
        """, Encoding.UTF8, "application/json");

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _graph.DisposeAsync();
    }
}
