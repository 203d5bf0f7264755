using ComplaintsAssistant.Core.Figures.Facts;

namespace ComplaintsAssistant.Store.Cosmos.Items;

/// <summary>The figures' facts as the case item carries them (<c>figureCases</c>, <c>figureStages</c>, <c>figureConcerns</c>, <c>figureChildren</c>,
/// <c>figurePayments</c>, <c>figureOmbudsman</c>, <c>figureEscalations</c>, <c>figureResolutions</c>,
/// each an array so one aggregate query shape, <c>JOIN f IN c.figureStages</c>, serves all three). Values are written
/// as <see cref="FactValue"/> writes them, so a query's values and its answer's keys match on every store; a missing
/// value is left out.</summary>
internal static class FactItems
{
    /// <param name="SupportedByAdvocate">Missing on items written before it was a fact: <c>CasesWithoutFactsAsync</c> finds them.</param>
    public sealed record CaseFactItem(string Kind, string Team, string ReceivedOn, int FurthestStage, bool ByYoungPerson,
        string? MemberType, string? ComplimentSource, string? ComplimentCategory, string HowReceived, string? Relationship,
        bool? SupportedByAdvocate);

    public sealed record ChildFactItem(string Kind, string Team, string ReceivedOn, int Number, string AgeBand, string Gender,
        string Ethnicity, string EthnicGroup, string Disability);

    public sealed record StageFactItem(string Kind, string Team, string ReceivedOn, int Stage, bool IsFurthest, string OpenedOn,
        string StatutoryDueOn, string DueOn, string? RespondedOn, int? WorkingDays, string? Band, bool? WithinStatutory,
        bool? WithinExtended, string? Outcome);

    public sealed record ConcernFactItem(string Kind, string Team, string ReceivedOn, int Number, string Category,
        bool FirstOfCategory, string? Outcome);

    /// <param name="Pence">Whole pence, summed exactly by the aggregate query.</param>
    public sealed record PaymentFactItem(string Kind, string Team, string ReceivedOn, int Number, string PaymentKind, int? Stage, long Pence);

    /// <param name="DecidedOn">The date "by date responded" counts decisions by.</param>
    public sealed record OmbudsmanFactItem(string Kind, string Team, string ReceivedOn, string? Body, string? LgscoCategory,
        string? OmbudsmanDecision, string? DecidedOn, string? Finding, bool Remedied, long? RemedyPence);

    /// <param name="ReceivedOn">The day the request to escalate was received.</param>
    public sealed record EscalationFactItem(string Kind, string Team, string ReceivedOn, int Number, int ToStage, string? EscalationDecision,
        string? AdrMethod, bool AdrHeld, bool? AdrResolved, bool Progressed);

    public sealed record ResolutionFactItem(string Kind, string Team, string ReceivedOn, int Stage, bool IsFurthest, string? RespondedOn,
        string Resolution);

    public static CaseFactItem[] Cases(CaseFacts facts)
    {
        var c = facts.Case;
        return [new(FactValue.Of(c.Kind), c.Team, CosmosIo.Day(c.ReceivedOn), c.FurthestStage, c.ByYoungPerson,
            Name(c.MemberType), c.ComplimentSource, c.ComplimentCategory, FactValue.Of(c.HowReceived), Name(c.Relationship), c.SupportedByAdvocate)];
    }

    public static StageFactItem[] Stages(CaseFacts facts) => facts.Stages.Select(s => new StageFactItem(
        FactValue.Of(s.Kind), s.Team, CosmosIo.Day(s.ReceivedOn), s.Stage, s.IsFurthest, CosmosIo.Day(s.OpenedOn),
        CosmosIo.Day(s.StatutoryDueOn), CosmosIo.Day(s.DueOn), s.RespondedOn is { } r ? CosmosIo.Day(r) : null, s.WorkingDays,
        Name(s.Band), s.WithinStatutory, s.WithinExtended, Name(s.Outcome))).ToArray();

    public static ConcernFactItem[] Concerns(CaseFacts facts) => facts.Concerns.Select(f => new ConcernFactItem(
        FactValue.Of(f.Kind), f.Team, CosmosIo.Day(f.ReceivedOn), f.Number, f.Category, f.FirstOfCategory, Name(f.Outcome))).ToArray();

    public static ChildFactItem[] Children(CaseFacts facts) => facts.Children.Select(f => new ChildFactItem(
        FactValue.Of(f.Kind), f.Team, CosmosIo.Day(f.ReceivedOn), f.Number, FactValue.Of(f.AgeBand), FactValue.Of(f.Gender),
        FactValue.Of(f.Ethnicity), FactValue.Of(f.EthnicGroup), FactValue.Of(f.Disability))).ToArray();

    public static PaymentFactItem[] Payments(CaseFacts facts) => facts.Payments.Select(f => new PaymentFactItem(
        FactValue.Of(f.Kind), f.Team, CosmosIo.Day(f.ReceivedOn), f.Number, FactValue.Of(f.PaymentKind), f.Stage, f.Pence)).ToArray();

    public static OmbudsmanFactItem[] Ombudsman(CaseFacts facts) => facts.Ombudsman.Select(f => new OmbudsmanFactItem(
        FactValue.Of(f.Kind), f.Team, CosmosIo.Day(f.ReceivedOn), f.Body, f.LgscoCategory, Name(f.OmbudsmanDecision), Day(f.DecidedOn),
        Name(f.Finding), f.Remedied, f.RemedyPence)).ToArray();

    public static EscalationFactItem[] Escalations(CaseFacts facts) => facts.Escalations.Select(f => new EscalationFactItem(
        FactValue.Of(f.Kind), f.Team, CosmosIo.Day(f.ReceivedOn), f.Number, f.ToStage, Name(f.Decision), f.AdrMethod, f.AdrHeld,
        f.AdrResolved, f.Progressed)).ToArray();

    public static ResolutionFactItem[] Resolutions(CaseFacts facts) => facts.Resolutions.Select(f => new ResolutionFactItem(
        FactValue.Of(f.Kind), f.Team, CosmosIo.Day(f.ReceivedOn), f.Stage, f.IsFurthest, Day(f.RespondedOn), FactValue.Of(f.Resolution))).ToArray();

    private static string? Day(DateOnly? day) => day is { } d ? CosmosIo.Day(d) : null;

    private static string? Name<T>(T? value) where T : struct, Enum => value is { } v ? FactValue.Of(v) : null;
}
