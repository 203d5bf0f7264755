using System.Globalization;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary><c>Dev:Now</c>: in local development mode the host's clock starts at this instant and runs on from it, so anyone
/// can try deadline prompts on a chosen day (or replay a year). Production refuses the setting.</summary>
public sealed class DevClock(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    public const string Key = "Dev:Now";

    private readonly DateTimeOffset _startedAt = real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => start + (real.GetUtcNow() - _startedAt);

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    /// <summary>The clock <c>Dev:Now</c> asks for, or null when it is not set; refused outside local development mode or
    /// when it is not an ISO 8601 instant.</summary>
    public static DevClock? From(IConfiguration configuration, bool localDevelopment)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!localDevelopment)
            throw new InvalidOperationException($"Configuration {Key} is only for local development mode (no Entra or Bot settings): remove it; a deployed host keeps real time.");
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
            throw new InvalidOperationException($"Configuration {Key}: '{value}' is not an ISO 8601 instant such as 2026-04-17T10:00:00+01:00.");
        return new DevClock(start.ToUniversalTime(), System);
    }
}
