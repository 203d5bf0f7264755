using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Retention;

/// <summary>A council's retention schedule: a rule for every class of record, and how many days before disposal
/// the complaints officers see what is due.</summary>
public sealed class RetentionSchedule
{
    private readonly IReadOnlyDictionary<RecordClass, RetentionRule> rules;

    private RetentionSchedule(IReadOnlyDictionary<RecordClass, RetentionRule> rules, int noticeDays)
    {
        this.rules = rules;
        NoticeDays = noticeDays;
    }

    /// <summary>Defaults from common council schedules (LGA / IRMS retention guidelines for local authorities):
    /// complaints and Ombudsman cases six years after closure, member enquiries likewise, compliments and comments
    /// two years after receipt.</summary>
    public static RetentionSchedule Default { get; } = new(new Dictionary<RecordClass, RetentionRule>
    {
        [RecordClass.StatutoryComplaint] = new(RecordClass.StatutoryComplaint, new(6, 0), RetentionTrigger.Closure),
        [RecordClass.CorporateComplaint] = new(RecordClass.CorporateComplaint, new(6, 0), RetentionTrigger.Closure),
        [RecordClass.InformalRepresentation] = new(RecordClass.InformalRepresentation, new(6, 0), RetentionTrigger.Closure),
        [RecordClass.MemberEnquiry] = new(RecordClass.MemberEnquiry, new(6, 0), RetentionTrigger.Closure),
        [RecordClass.OmbudsmanEnquiry] = new(RecordClass.OmbudsmanEnquiry, new(6, 0), RetentionTrigger.Closure),
        [RecordClass.Compliment] = new(RecordClass.Compliment, new(2, 0), RetentionTrigger.Received),
        [RecordClass.Comment] = new(RecordClass.Comment, new(2, 0), RetentionTrigger.Received),
    }, 30);

    /// <summary>Days before a record's disposal date that officers see it on the list (and can place a hold).</summary>
    public int NoticeDays { get; }

    public RetentionRule For(RecordClass recordClass) => rules[recordClass];

    public IEnumerable<RetentionRule> Rules => rules.Values.OrderBy(r => r.Class);

    /// <summary>The defaults with the council's own lines over them; a line it leaves out keeps the default.</summary>
    public static Result<RetentionSchedule> With(IEnumerable<RetentionRule> councilRules, int? noticeDays = null)
    {
        if (noticeDays is < 1 or > 365)
            return DomainError.Invalid("Retention:NoticeDays", "retention-notice",
                "Retention:NoticeDays must be between 1 and 365 days, so officers see a record before it is destroyed.");
        var merged = Default.rules.ToDictionary();
        foreach (var rule in councilRules) merged[rule.Class] = rule;
        return new RetentionSchedule(merged, noticeDays ?? Default.NoticeDays);
    }
}
