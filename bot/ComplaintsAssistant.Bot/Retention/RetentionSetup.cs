using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Retention;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Retention;

public static class RetentionSetup
{
    /// <summary>The schedule from configuration, checked at start-up: a period that can't be read, or a key the host
    /// doesn't know, stops the host naming the key — a schedule silently ignored would destroy records too early or never.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindStrictly(RetentionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddSingleton(p => Schedule(p.GetRequiredService<IOptions<RetentionOptions>>().Value).Value!);
        services.AddSingleton(p => AccessLogKeep(p.GetRequiredService<IOptions<RetentionOptions>>().Value).Value!);
        services.AddSingleton<LegalHolds>();
        services.AddSingleton<Disposals>();
        services.AddHostedService<DisposalJob>();
        return services;
    }

    public static Result<RetentionSchedule> Schedule(RetentionOptions options)
    {
        var rules = new List<RetentionRule>();
        foreach (var (recordClass, line) in options.Classes)
        {
            var defaults = RetentionSchedule.Default.For(recordClass);
            var period = line.Keep is null ? defaults.Period : RetentionPeriod.Parse($"{RetentionOptions.Section}:Classes:{recordClass}:Keep", line.Keep);
            if (period.Error is not null) return period.Error;
            rules.Add(new RetentionRule(recordClass, period.Value, line.From ?? defaults.Trigger));
        }
        return RetentionSchedule.With(rules, options.NoticeDays);
    }

    public static Result<AccessLogRetention> AccessLogKeep(RetentionOptions options)
    {
        if (options.AccessLogKeep is null) return AccessLogRetention.Default;
        var period = RetentionPeriod.Parse($"{RetentionOptions.Section}:AccessLogKeep", options.AccessLogKeep);
        return period.Error is { } bad ? bad : new AccessLogRetention(period.Value);
    }
}

internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        (RetentionSetup.Schedule(options).Error ?? RetentionSetup.AccessLogKeep(options).Error) is { } bad
            ? ValidateOptionsResult.Fail($"Configuration {bad.Field}: {bad.Message}")
            : ValidateOptionsResult.Success;
}
