using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>
/// A complaints officer's decision on a triage draft: accept it (a case through the ordinary <see cref="CaseService"/>, the
/// email's message id as intake key, the email kept with it), change the kind offered, link it to an existing case, or
/// say it is not a case. Each decision is one compare-and-swap on the draft: a second click, or a stale card whose draft
/// someone has decided since, changes nothing and is told who decided what.
/// </summary>
public sealed class TriageDecisions(ITriageDrafts drafts, CaseService cases, EmailKeeper keeper, IEmailCaseLookup lookup, IEmailStore emails, TimeProvider time)
{
    public async Task<Result<TriageDraft>> AcceptAsync(Actor actor, Guid id, TriageChoice choice, CancellationToken cancellationToken = default)
    {
        var open = await OpenAsync(actor, id, cancellationToken);
        if (open.Error is { } error) return error;
        var draft = open.Value.Value;
        if (draft.Kind.ToCaseKind() is not { } kind)
            return DomainError.Invalid("kind", "not-a-case-kind", "The kind is \"not a case\": choose the kind of case to make, or press Not a case.");

        var logged = await cases.LogAsync(actor, TriageCase.From(draft, kind, choice), cancellationToken);
        if (logged.Error is { } refused) return refused;
        var made = logged.Value.View.Case;
        return await DecideAsync(actor, open.Value, made.Id, made.Reference, TriageState.Accepted, cancellationToken);
    }

    public async Task<Result<TriageDraft>> ChangeKindAsync(Actor actor, Guid id, DraftKind kind, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(kind)) return DomainError.Invalid("kind", "unknown-value", "The kind is not one of the kinds this service records.");
        var open = await OpenAsync(actor, id, cancellationToken);
        if (open.Error is { } error) return error;
        var changed = open.Value.Value with { Kind = kind };
        return await drafts.TryReplaceTriageDraftAsync(changed, open.Value.Version, cancellationToken) is null
            ? await DecidedMeanwhileAsync(id, cancellationToken)
            : changed;
    }

    public async Task<Result<TriageDraft>> LinkAsync(Actor actor, Guid id, string? reference, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return DomainError.Invalid("reference", "required", "The case reference is required: the case this email belongs to, e.g. CC-2026-0042.");
        var open = await OpenAsync(actor, id, cancellationToken);
        if (open.Error is { } error) return error;
        if (await lookup.FindByReferenceAsync(reference.Trim().ToUpperInvariant(), cancellationToken) is not { } target)
            return DomainError.Invalid("reference", "no-such-case", $"No case has the reference {reference.Trim()}: check the case reference.");
        return await DecideAsync(actor, open.Value, target.Id, target.Reference, TriageState.Linked, cancellationToken);
    }

    public async Task<Result<TriageDraft>> NotACaseAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var open = await OpenAsync(actor, id, cancellationToken);
        if (open.Error is { } error) return error;
        var decided = open.Value.Value with { State = TriageState.NotACase, DecidedBy = actor.Id, DecidedAt = time.GetUtcNow() };
        return await drafts.TryReplaceTriageDraftAsync(decided, open.Value.Version, cancellationToken) is null
            ? await DecidedMeanwhileAsync(id, cancellationToken)
            : decided;
    }

    public Task<Versioned<TriageDraft>?> GetAsync(Guid id, CancellationToken cancellationToken = default) => drafts.GetTriageDraftAsync(id, cancellationToken);

    /// <summary>The email is kept with the case before the draft says so: a host stopped in between leaves the draft waiting,
    /// and doing it again makes no second case (the intake key) and no second copy (the email store's names).</summary>
    private async Task<Result<TriageDraft>> DecideAsync(Actor actor, Versioned<TriageDraft> open, Guid caseId, string reference, TriageState state, CancellationToken cancellationToken)
    {
        var draft = open.Value;
        var email = await emails.ReadAsync(draft.Id, draft.EmailName, cancellationToken);
        if (email is not null && await keeper.KeepAsync(actor, caseId, email, cancellationToken) is { Error: { } refused }) return refused;
        var decided = draft with { State = state, CaseId = caseId, Reference = reference, DecidedBy = actor.Id, DecidedAt = time.GetUtcNow() };
        return await drafts.TryReplaceTriageDraftAsync(decided, open.Version, cancellationToken) is null
            ? await DecidedMeanwhileAsync(draft.Id, cancellationToken)
            : decided;
    }

    private async Task<Result<Versioned<TriageDraft>>> OpenAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        if (actor.Role != Role.ComplaintsOfficer)
            return DomainError.Forbidden("Only the complaints officers triage the complaints mailbox.");
        if (await drafts.GetTriageDraftAsync(id, cancellationToken) is not { } found) return DomainError.NotFound("This email's draft");
        return found.Value.State == TriageState.Waiting ? found : AlreadyDecided(found.Value);
    }

    private async Task<Result<TriageDraft>> DecidedMeanwhileAsync(Guid id, CancellationToken cancellationToken) =>
        await drafts.GetTriageDraftAsync(id, cancellationToken) is { Value: { State: not TriageState.Waiting } decided }
            ? AlreadyDecided(decided)
            : DomainError.Conflict("Someone changed this email's draft at the same moment: look at the card again and choose.");

    /// <summary>Refused with what happened, for the card to say: nothing changed.</summary>
    public static DomainError AlreadyDecided(TriageDraft draft) => DomainError.Refused("already-decided", draft.State switch
    {
        TriageState.Accepted => $"Already made into case {draft.Reference}; nothing changed.",
        TriageState.Linked => $"Already kept with case {draft.Reference}; nothing changed.",
        _ => "Already marked not a case; nothing changed.",
    });
}
