using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>What starts a record's retention period, as schedules name it.</summary>
public enum RetentionTrigger
{
    /// <summary>The case was closed or withdrawn; an open case is kept.</summary>
    Closure,
    /// <summary>The last thing done on the case (its last audit entry), open or not.</summary>
    LastAction,
    /// <summary>The date received (compliments and comments, which never close).</summary>
    Received,
}

public static class RetentionTriggers
{
    /// <summary>The day the period starts for <paramref name="subject"/>, or null while it hasn't started (an open case
    /// kept until closure).</summary>
    public static DateOnly? StartOf(this RetentionTrigger trigger, Case subject) => trigger switch
    {
        RetentionTrigger.Closure => subject.Status.IsOpen() ? null : subject.Snapshot.ClosedOn ?? LastAction(subject),
        RetentionTrigger.LastAction => LastAction(subject),
        RetentionTrigger.Received => subject.ReceivedOn,
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    public static string InWords(this RetentionTrigger trigger) => trigger switch
    {
        RetentionTrigger.Closure => "closure",
        RetentionTrigger.LastAction => "the last action",
        RetentionTrigger.Received => "the date received",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    private static DateOnly LastAction(Case subject) =>
        subject.Audit.Count == 0 ? subject.ReceivedOn : UkDate.On(subject.Audit.Max(a => a.At));
}
