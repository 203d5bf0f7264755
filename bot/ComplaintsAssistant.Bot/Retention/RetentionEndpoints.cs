using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Bot.Retention;

/// <summary>The schedule as the council set it, so officers and auditors can read what the product will destroy and when.</summary>
internal static class RetentionEndpoints
{
    public static RouteGroupBuilder MapRetention(this RouteGroupBuilder api)
    {
        api.MapGet("/council/retention", (RetentionSchedule schedule, AccessLogRetention accessLog) => TypedResults.Ok(new RetentionScheduleView(
                schedule.NoticeDays,
                schedule.Rules.Select(r => new RetentionRuleView(r.Class, r.Period.InWords, r.Trigger, r.InWords)).ToArray(),
                accessLog.Keep.InWords)))
            .WithTags("Council").WithSummary("The retention schedule: how long each class of record is kept, from what, the notice officers get, " +
                "and how long the access log keeps a read.");
        return api;
    }
}

public sealed record RetentionScheduleView(int NoticeDays, IReadOnlyList<RetentionRuleView> Classes, string AccessLogKeep);

public sealed record RetentionRuleView(RecordClass Class, string Keep, RetentionTrigger From, string InWords);
