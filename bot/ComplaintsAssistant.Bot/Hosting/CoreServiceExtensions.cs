using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using ComplaintsAssistant.Bot.Access;

namespace ComplaintsAssistant.Bot.Hosting;

public static class CoreServiceExtensions
{
    /// <summary>The core use cases with the council's lists, timescales and calendar, checked at start-up:
    /// a bad setting stops the host with a message naming its key.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services, IConfiguration configuration)
    {
        var council = configuration.GetSection(CouncilOptions.Section).Get<CouncilOptions>() ?? new CouncilOptions();
        if (TimescalePolicy.Validate(council.Timescales) is { } bad)
            throw new InvalidOperationException($"Configuration {bad.Field}: {bad.Message}");

        var calendar = WorkingDayCalendar.EnglandAndWales;
        if (!string.IsNullOrWhiteSpace(council.BankHolidaysFile))
        {
            try { calendar = calendar.WithGovUkFile(File.ReadAllText(council.BankHolidaysFile)); }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                throw new InvalidOperationException($"Configuration Council:BankHolidaysFile ('{council.BankHolidaysFile}'): {e.Message}", e);
            }
        }
        var defaults = CouncilVocabulary.Default;
        var vocabulary = new CouncilVocabulary(
            council.Teams.Count > 0 ? council.Teams : defaults.Teams,
            council.ConcernCategories.Count > 0 ? council.ConcernCategories : defaults.ConcernCategories,
            council.ComplimentCategories.Count > 0 ? council.ComplimentCategories : defaults.ComplimentCategories);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new ClockRules(TimescalePolicy.Defaults.With(council.Timescales), calendar));
        services.AddSingleton(vocabulary);
        services.AddSingleton<CaseService>();
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section));
        services.AddSingleton<ActorDirectory>();
        return services;
    }
}
