using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>When the council supplies a bank holiday file (a newly declared holiday), open cases' indexed due
/// dates are brought in line once at start-up, in the background, so lists and prompts follow it.
/// Without a file the store is not touched here, so start-up does not wait for it.</summary>
internal sealed partial class DueDateRefresh(IServiceProvider services, IOptions<CouncilOptions> council, ILogger<DueDateRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(council.Value.BankHolidaysFile)) return;
        var moved = await services.GetRequiredService<CaseService>().RefreshDueDatesAsync(stoppingToken);
        LogRefreshed(logger, moved);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bank holiday file applied: {Moved} open cases' due dates moved")]
    private static partial void LogRefreshed(ILogger logger, int moved);
}
