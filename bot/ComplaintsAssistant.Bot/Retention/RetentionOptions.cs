using ComplaintsAssistant.Core.Retention;

namespace ComplaintsAssistant.Bot.Retention;

/// <summary>The council's retention schedule: <c>Retention:Classes:StatutoryComplaint:Keep = "75 years"</c>,
/// <c>…:From = Closure | LastAction | Received</c>, <c>Retention:NoticeDays</c>, and how long the access log keeps a read,
/// <c>Retention:AccessLogKeep = "6 years"</c>. A class left out keeps the default.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int? NoticeDays { get; set; }

    public string? AccessLogKeep { get; set; }

    public Dictionary<RecordClass, ClassOptions> Classes { get; set; } = [];

    public sealed class ClassOptions
    {
        public string? Keep { get; set; }
        public RetentionTrigger? From { get; set; }
    }
}
