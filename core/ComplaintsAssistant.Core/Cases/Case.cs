using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Cases;

/// <summary>A representation and everything about it. State changes only through the named methods
/// (in the partial files beside this one); each checks <see cref="Workflow"/> first and writes an audit entry.</summary>
public sealed partial class Case
{
    private CaseSnapshot _state;

    private Case(CaseSnapshot state) => _state = state;

    /// <summary>For stores: brings back a case exactly as it was saved.</summary>
    public static Case Restore(CaseSnapshot snapshot) => new(snapshot);

    public CaseSnapshot Snapshot => _state;
    public Guid Id => _state.Id;
    public string Reference => _state.Reference;
    public CaseKind Kind => _state.Kind;
    public CaseStatus Status => _state.Status;
    public DateOnly ReceivedOn => _state.ReceivedOn;
    public string Team => _state.Team;
    public IReadOnlyList<Concern> Concerns => _state.Concerns;
    public IReadOnlyList<StageRecord> Stages => _state.Stages;
    public IReadOnlyList<Escalation> Escalations => _state.Escalations;
    public IReadOnlyList<LearningAction> LearningActions => _state.LearningActions;
    public IReadOnlyList<AuditEntry> Audit => _state.Audit;
    /// <summary>Null only for records with no clock (compliments, comments), whose changes <see cref="Workflow"/>
    /// refuses before a stage is read: so methods below may take it as present once the check has passed.</summary>
    public StageRecord? CurrentStage => _state.Stages.Count == 0 ? null : _state.Stages[^1];
    public string? Owner => CurrentStage?.Owner;

    /// <summary>"the date the complaint was received", for refusals that compare a date with it.</summary>
    private string ReceivedWords => Intake.ReceivedWords(Kind);

    /// <summary>The clock someone must beat now, or null when nothing is due from the council.</summary>
    public Clock? RunningClock =>
        _state.Status is CaseStatus.InProgress or CaseStatus.PanelHeld or CaseStatus.RecommendationsIssued ? CurrentStage?.Clock : null;

    /// <summary>Records a new representation; for kinds with a clock, stage 1 opens at once (its clock counts from receipt).</summary>
    public static Result<Case> Log(NewCase input, string reference, Guid id, string actorId, DateTimeOffset now, ClockRules rules)
    {
        var today = UkDate.On(now);
        var invalid = Intake.Validate(input, today);
        if (invalid is not null) return invalid;

        var state = new CaseSnapshot(
            id, reference, input.Kind, input.Kind.HasClock() ? CaseStatus.InProgress : CaseStatus.Logged,
            input.ReceivedOn, input.HowReceived, actorId, input.Team.Trim(), now, input.Summary, input.Complainant,
            input.Children ?? [],
            (input.ConcernCategories ?? []).Select((category, i) => new Concern(i + 1, category.Trim())).ToArray(),
            [], [], [], [], [],
            input.Member, input.Compliment, input.Ombudsman, input.MattersAroseOn, input.LateAcceptanceReason, input.IntakeKey);
        var created = new Case(state);
        created.Record(now, actorId, "logged", $"{Workflow.Describe(input.Kind)} received {input.ReceivedOn:yyyy-MM-dd} by {input.HowReceived}");

        if (input.Kind.HasClock())
        {
            var opened = created.StartStage(1, input.Owner!, input.ReceivedOn, input.ReceivedOn, rules, input.FixedDueOn, input.AcknowledgedOn);
            if (opened.Error is not null) return opened.Error;
            created.Record(now, actorId, "stage-opened", $"Stage 1 opened, owner {input.Owner}");
        }
        return created;
    }

    private void Set(CaseSnapshot next) => _state = next;

    private void Record(DateTimeOffset at, string actorId, string action, string detail) =>
        _state = _state with { Audit = [.. _state.Audit, new AuditEntry(at, actorId, action, detail)] };

    private void ReplaceCurrentStage(StageRecord stage) =>
        _state = _state with { Stages = [.. _state.Stages.Take(_state.Stages.Count - 1), stage] };
}
