using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.Mailbox;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>A button on the triage card: core decides (<see cref="TriageDecisions"/>); the card is redrawn in place with
/// what happened, with what to put right beside its input, or, when someone already decided, with who did what: a second
/// click or a stale card changes nothing and says so.</summary>
public abstract class TriageHandler(TriageDecisions decisions, People people) : IVerbHandler
{
    public abstract string Verb { get; }

    protected TriageDecisions Decisions => decisions;

    protected abstract Task<Result<TriageDraft>> DecideAsync(TurnContext context, Guid id, CancellationToken cancellationToken);

    protected abstract string Done(TriageDraft decided);

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.Values["draftId"], out var id) || await decisions.GetAsync(id, cancellationToken) is not { } before)
            return Replies.NewCard(NoticeCard.Build("Email not found", "This card doesn't say which email it is about, or the email's draft is gone.", problem: true));

        var decided = await DecideAsync(context, id, cancellationToken);
        if (decided.Error is { Field: not null } invalid)
        {
            var errors = FieldErrors.From(invalid);
            return Redraw(context, before.Value, null, errors);
        }
        if (decided.Error is { } refused)
        {
            var now = await decisions.GetAsync(id, cancellationToken);
            var by = now?.Value.DecidedBy is { } who ? $" ({people.NameOf(who)} decided it)" : "";
            return Redraw(context, now?.Value ?? before.Value, new CardNotice(refused.Message + by, true));
        }
        return Redraw(context, decided.Value, new CardNotice(Done(decided.Value), false));
    }

    private TurnReply Redraw(TurnContext context, TriageDraft triage, CardNotice? notice, IReadOnlyList<FieldError>? errors = null)
    {
        var card = TriageCard.Build(triage, people.FormOptions(context.Actor), people.NameOf, notice, errors, context.Values);
        return Replies.InPlace(card, notice?.Text ?? FormErrors.Summary("Not done", errors ?? []));
    }
}

public sealed class TriageAcceptHandler(TriageDecisions decisions, People people) : TriageHandler(decisions, people)
{
    public override string Verb => Verbs.TriageAccept;

    protected override Task<Result<TriageDraft>> DecideAsync(TurnContext context, Guid id, CancellationToken cancellationToken) =>
        Decisions.AcceptAsync(context.Actor, id,
            new TriageChoice(context.Values["team"], context.Values["owner"], context.Values["concerns"] ?? context.Values["category"]), cancellationToken);

    protected override string Done(TriageDraft decided) => $"Case {decided.Reference} made; the email is kept with it.";
}

public sealed class TriageKindHandler(TriageDecisions decisions, People people) : TriageHandler(decisions, people)
{
    public override string Verb => Verbs.TriageKind;

    protected override Task<Result<TriageDraft>> DecideAsync(TurnContext context, Guid id, CancellationToken cancellationToken) =>
        Enum.TryParse<DraftKind>(context.Values["kind"], out var kind) && Enum.IsDefined(kind)
            ? Decisions.ChangeKindAsync(context.Actor, id, kind, cancellationToken)
            : Task.FromResult<Result<TriageDraft>>(DomainError.Invalid("kind", "required", "Choose the kind: one of the kinds of case, or not a case."));

    protected override string Done(TriageDraft decided) => $"Kind changed to {TriageCard.KindWords(decided.Kind).ToLowerInvariant()}.";
}

public sealed class TriageLinkHandler(TriageDecisions decisions, People people) : TriageHandler(decisions, people)
{
    public override string Verb => Verbs.TriageLink;

    protected override Task<Result<TriageDraft>> DecideAsync(TurnContext context, Guid id, CancellationToken cancellationToken) =>
        Decisions.LinkAsync(context.Actor, id, context.Values["reference"], cancellationToken);

    protected override string Done(TriageDraft decided) => $"Kept with case {decided.Reference}.";
}

public sealed class TriageNotACaseHandler(TriageDecisions decisions, People people) : TriageHandler(decisions, people)
{
    public override string Verb => Verbs.TriageNotACase;

    protected override Task<Result<TriageDraft>> DecideAsync(TurnContext context, Guid id, CancellationToken cancellationToken) =>
        Decisions.NotACaseAsync(context.Actor, id, cancellationToken);

    protected override string Done(TriageDraft decided) => "Marked not a case.";
}
