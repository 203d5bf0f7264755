using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Core.AccessLog;

/// <summary>How long the access log keeps a read, counted from the read (<c>Retention:AccessLogKeep</c>).</summary>
public sealed record AccessLogRetention(RetentionPeriod Keep)
{
    /// <summary>Six years: as long as the complaint records it watches over are kept after closure, so "who saw this
    /// child's complaint" can be answered for as long as the complaint itself exists.</summary>
    public static AccessLogRetention Default { get; } = new(new RetentionPeriod(6, 0));

    /// <summary>Reads before this instant are due for deletion (<see cref="Storage.IAccessLog.DeleteBeforeAsync"/>): whole
    /// days, from midnight UTC <see cref="Keep"/> before the day of <paramref name="now"/>.</summary>
    public DateTimeOffset DeleteBefore(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddYears(-Keep.Years).AddMonths(-Keep.Months);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
