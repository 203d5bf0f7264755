namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>
/// Tests wait on signals (the turn queue going idle, a request reaching the fake connector, a timer being scheduled on
/// the fake clock), never for a while. This limit only stops a broken change from hanging the run; it is generous so
/// that a busy machine is never mistaken for a failure (a whole host process took over a minute to start on 2 cores
/// at a load average of 60).
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static Task WithinHangLimit(this Task task) => task.WaitAsync(Limit);

    public static Task<T> WithinHangLimit<T>(this Task<T> task) => task.WaitAsync(Limit);
}
