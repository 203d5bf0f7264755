namespace ComplaintsAssistant.Bot.Tests.Channel.Infrastructure;

/// <summary>
/// Tests wait on signals (the turn queue going idle, a request reaching the fake connector, a timer being scheduled on
/// the fake clock), never for a while. This limit only stops a broken change from hanging the run; it is generous so
/// that a busy machine is never mistaken for a failure.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static Task WithinHangLimit(this Task task) => task.WaitAsync(Limit);

    public static Task<T> WithinHangLimit<T>(this Task<T> task) => task.WaitAsync(Limit);
}
