using Microsoft.Extensions.DependencyInjection;
using ComplaintsAssistant.Bot.Channel.Queue;
using ComplaintsAssistant.Bot.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>
/// The bot host as Program.cs will wire it (AddChannel / MapChannel) with a recording fake
/// handler, on real Kestrel at 127.0.0.1, any free port.
/// </summary>
internal sealed class ChannelTestHost : IAsyncDisposable
{
    private ChannelTestHost(WebApplication app, RecordingTurnHandler handler)
    {
        App = app;
        Handler = handler;
        BaseUrl = LoopbackServer.BaseUrlOf(app);
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl + "/") };
    }

    public WebApplication App { get; }

    public RecordingTurnHandler Handler { get; }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    /// <summary>Development mode (no app id) unless the settings say otherwise.</summary>
    public static async Task<ChannelTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = RepoPaths.BotProject,
            EnvironmentName = "Development",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("CA_TEST_LOGS") == "1") { builder.Logging.AddConsole(); }
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var handler = new RecordingTurnHandler();
        builder.Services.AddSingleton<ITurnHandler>(handler);
        services?.Invoke(builder.Services);
        builder.Services.AddChannel(builder.Configuration);
        var app = builder.Build();
        app.MapChannel();
        await app.StartAsync();
        return new ChannelTestHost(app, handler);
    }

    /// <summary>Every activity accepted so far has been fully handled: all its replies are sent.</summary>
    public Task WhenIdleAsync() => App.Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WithinHangLimit();

    public Task<HttpResponseMessage> PostActivityAsync(string json, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
