using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

public static class CoreServiceExtensions
{
    /// <summary>The core use cases with the council's lists, timescales and calendar, checked at start-up:
    /// a bad setting stops the host with a message naming its key.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services)
    {
        // Bound from the host's final configuration, so settings layered on late (tests, hosting platforms) count.
        // A key the council mistyped (or a "unit" beside "workingDays") stops the host rather than being ignored.
        services.AddOptions<CouncilOptions>().BindStrictly(CouncilOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CouncilOptions>, CouncilOptionsValidator>();
        // Local development mode may have put a settable clock here first (Dev:Now).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(p => CouncilSetup.Rules(p.GetRequiredService<IOptions<CouncilOptions>>().Value));
        services.AddSingleton(p => CouncilSetup.Vocabulary(p.GetRequiredService<IOptions<CouncilOptions>>().Value));
        services.AddSingleton<CaseService>();
        services.AddSingleton<CaseImport>();
        services.AddSingleton<AccessHistory>();
        services.AddSingleton<CouncilReadiness>();
        services.AddHostedService<DueDateRefresh>();
        services.AddSingleton<OpenWorkFigures>();
        // Small numbers in breakdowns of people are shown as "fewer than" this (Figures:SmallNumbersBelow, default 5).
        services.AddSingleton(p => new CountingConventions(
            SmallNumbersBelow: p.GetRequiredService<IConfiguration>().GetValue("Figures:SmallNumbersBelow", SmallNumbers.DefaultThreshold)));
        services.AddSingleton(p => new TeamMapping(p.GetRequiredService<IOptions<CouncilOptions>>().Value.TeamMapping));
        services.AddSingleton<FiguresService>();
        services.AddHostedService<FigureFactsBackfill>();
        services.AddAccess();
        return services;
    }
}

/// <summary>Builds the council's rules and lists from its settings.</summary>
internal static class CouncilSetup
{
    public static ClockRules Rules(CouncilOptions council)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        if (!string.IsNullOrWhiteSpace(council.BankHolidaysFile))
            calendar = calendar.WithGovUkFile(File.ReadAllText(council.BankHolidaysFile));
        return new ClockRules(TimescalePolicy.Defaults.With(council.Timescales.Select(t => t.ToRule())), calendar);
    }

    public static CouncilVocabulary Vocabulary(CouncilOptions council)
    {
        var defaults = CouncilVocabulary.Default;
        return new CouncilVocabulary(
            council.Teams.Count > 0 ? council.Teams : defaults.Teams,
            council.ConcernCategories.Count > 0 ? council.ConcernCategories : defaults.ConcernCategories,
            council.ComplimentCategories.Count > 0 ? council.ComplimentCategories : defaults.ComplimentCategories);
    }
}

/// <summary>Refuses to start on a timescale that can't be right, a team mapping that doesn't end at one of today's teams,
/// or a bank holiday file that can't be read.</summary>
internal sealed class CouncilOptionsValidator : IValidateOptions<CouncilOptions>
{
    public ValidateOptionsResult Validate(string? name, CouncilOptions council)
    {
        if (council.Timescales.FirstOrDefault(t => !t.HasOneLength) is { } unclear)
            return ValidateOptionsResult.Fail($"Configuration Council:{TimescalePolicy.Name(unclear.ToRule())}: give the length once, as workingDays, calendarDays or calendarMonths.");
        if (TimescalePolicy.Validate(council.Timescales.Select(t => t.ToRule())) is { } bad)
            return ValidateOptionsResult.Fail($"Configuration Council:{bad.Field}: {bad.Message}");
        if (new TeamMapping(council.TeamMapping).Problem(CouncilSetup.Vocabulary(council).Teams) is var (former, reason))
            return ValidateOptionsResult.Fail($"Configuration Council:TeamMapping:{former}: {reason}");
        if (string.IsNullOrWhiteSpace(council.BankHolidaysFile)) return ValidateOptionsResult.Success;
        try
        {
            CouncilSetup.Rules(council);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"Configuration Council:BankHolidaysFile ('{council.BankHolidaysFile}'): {e.Message}");
        }
    }
}
