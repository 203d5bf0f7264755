using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Api.Requests;

/// <summary>A request body that becomes one core command once its required fields are present. Parameters with a default
/// are optional in the OpenAPI document; the rest are required there.</summary>
public interface ICommandRequest
{
    Result<CaseCommand> ToCommand();
}

public sealed record AcknowledgeRequest(DateOnly? AcknowledgedOn) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => AcknowledgedOn is { } on ? new Acknowledge(on) : Require.Missing("acknowledgedOn");
}

/// <summary>The agreed statement of complaint. Agreed once; a later agreement moves the stage 2 clock, so it needs
/// <paramref name="ReagreementReason"/> and the complaints team.</summary>
public sealed record StatementAgreedRequest(DateOnly? AgreedOn, string? ReagreementReason = null) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() =>
        AgreedOn is not { } on ? Require.Missing("agreedOn")
        : string.IsNullOrWhiteSpace(ReagreementReason) ? new AgreeStatement(on)
        : new ReagreeStatement(on, ReagreementReason);
}

/// <summary>A stage's response or the stage 3 decision: overall outcome, resolutions and the outcome per concern. A complaint's
/// response needs at least one resolution, and every concern of a case needs an outcome, as core says by name.</summary>
public sealed record ResponseRequest(DateOnly? RespondedOn, Outcome? Outcome, List<Resolution>? Resolutions = null, List<ConcernOutcomeRequest>? ConcernOutcomes = null)
{
    public Result<StageResponse> ToResponse()
    {
        if (RespondedOn is not { } on) return Require.Missing("respondedOn");
        if (Outcome is not { } outcome) return Require.Missing("outcome");
        var outcomes = new List<ConcernOutcome>();
        foreach (var (item, i) in (ConcernOutcomes ?? []).Select((c, i) => (c, i)))
        {
            if (item.ConcernNumber is not { } number) return Require.Missing($"concernOutcomes[{i}].concernNumber");
            if (item.Outcome is not { } concernOutcome) return Require.Missing($"concernOutcomes[{i}].outcome");
            outcomes.Add(new ConcernOutcome(number, concernOutcome));
        }
        return new StageResponse(on, outcome, Resolutions ?? [], outcomes);
    }
}

public sealed record ConcernOutcomeRequest(int? ConcernNumber, Outcome? Outcome);

public sealed record ExtensionRequest(int? TotalWorkingDays, ExtensionGround? Ground, string? Reason, bool? AgreedWithComplainant, DateOnly? AgreedOn) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() =>
        TotalWorkingDays is not { } total ? Require.Missing("totalWorkingDays")
        : Ground is not { } ground ? Require.Missing("ground")
        : AgreedWithComplainant is not { } agreed ? Require.Missing("agreedWithComplainant")
        : AgreedOn is not { } on ? Require.Missing("agreedOn")
        : new ExtendTimescale(total, ground, Reason ?? "", agreed, on);
}

public sealed record ReassignRequest(string? Owner) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => new Reassign(Owner ?? "");
}

public sealed record EscalationRequest(DateOnly? RequestedOn, string? LateReason = null) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => RequestedOn is { } on ? new RequestEscalation(on, LateReason) : Require.Missing("requestedOn");
}

public sealed record NextStageRequest(string? Owner, DateOnly? OpenedOn, string? IndependentPerson = null, DateOnly? StatementAgreedOn = null) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() =>
        OpenedOn is { } on ? new OpenNextStage(new NextStage(Owner ?? "", on, IndependentPerson, StatementAgreedOn)) : Require.Missing("openedOn");
}

public sealed record RefusalRequest(RefusalGround? Ground, string? Note, DateOnly? DecidedOn) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() =>
        Ground is not { } ground ? Require.Missing("ground")
        : DecidedOn is not { } on ? Require.Missing("decidedOn")
        : new RefuseEscalation(ground, Note ?? "", on);
}

public sealed record AdrRequest(DateOnly? ResolvedOn, string? Note, string? Method = null) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => ResolvedOn is { } on ? new ResolveByAdr(on, Note ?? "", Method) : Require.Missing("resolvedOn");
}

public sealed record PanelHearingRequest(DateOnly? HeldOn, List<string>? Members) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => HeldOn is { } on ? new RecordPanelHearing(on, Members ?? []) : Require.Missing("heldOn");
}

public sealed record RecommendationsRequest(DateOnly? ReceivedOn) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => ReceivedOn is { } on ? new RecordRecommendations(on) : Require.Missing("receivedOn");
}

public sealed record OmbudsmanFindingRequest(OmbudsmanFinding? Finding) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => Finding is { } f ? new RecordOmbudsmanFinding(f) : Require.Missing("finding");
}

public sealed record CloseRequest(DateOnly? ClosedOn, string? Note = null) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => ClosedOn is { } on ? new CloseCase(on, Note) : Require.Missing("closedOn");
}

public sealed record WithdrawRequest(DateOnly? WithdrawnOn, string? Reason) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => WithdrawnOn is { } on ? new Withdraw(on, Reason ?? "") : Require.Missing("withdrawnOn");
}

public sealed record PaymentRequest(PaymentKind? Kind, decimal? Amount, string? Reason, DateOnly? On, int? Stage = null) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() =>
        Kind is not { } kind ? Require.Missing("kind")
        : Amount is not { } amount ? Require.Missing("amount")
        : On is not { } on ? Require.Missing("on")
        : new RecordPayment(new Payment(kind, amount, Reason ?? "", on, Stage));
}

public sealed record LearningActionRequest(string? Issue, string? Lesson, string? Action, string? Department, string? Owner, DateOnly? TargetDate) : ICommandRequest
{
    public Result<CaseCommand> ToCommand() => TargetDate is { } target
        ? new AddLearningAction(new NewLearningAction(Issue ?? "", Lesson ?? "", Action ?? "", Department ?? "", Owner ?? "", target))
        : Require.Missing("targetDate");
}

public sealed record LearningUpdateRequest(LearningStatus? Status, string? ReviewNote = null)
{
    public Result<CaseCommand> ToCommand(int number) => Status is { } status ? new UpdateLearningAction(number, status, ReviewNote) : Require.Missing("status");
}
