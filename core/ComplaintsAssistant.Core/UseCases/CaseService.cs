using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.UseCases;

/// <summary>The use cases every edge calls: log, read, list and change cases. Checks who may do what,
/// applies the change on the case and saves it optimistically; nothing is saved when a rule says no. A refusal carries every
/// rule the request broke (see <see cref="DomainError.Also"/>), so forms can show them all at once. Every case it shows
/// someone is recorded in the access log first, through the channel the edge authenticated them on (<see cref="Actor.Through"/>).
/// A case read or changed shows the legal holds standing on it (<paramref name="holds"/>; none where no store of holds is given).</summary>
public sealed class CaseService(ICaseStore store, ClockRules rules, CouncilVocabulary vocabulary, IPeopleDirectory people, IAccessLog reads, TimeProvider time,
    ILegalHolds? holds = null)
{
    public ClockRules Rules => rules;
    public CouncilVocabulary Vocabulary => vocabulary;
    public DateOnly Today => UkDate.Today(time);

    /// <summary>Logs a new case with the next reference for its kind and year. The same intake key twice returns the first case.</summary>
    public async Task<Result<LoggedCase>> LogAsync(Actor actor, NewCase input, CancellationToken cancellationToken = default)
    {
        var invalid = await CheckNewCaseAsync(input, cancellationToken);
        if (invalid is not null) return invalid;
        input = WithCouncilSpelling(input);

        if (input.IntakeKey is { } key && await store.FindByIntakeKeyAsync(key, cancellationToken) is { } existing)
            return await AlreadyLoggedAsync(actor, existing, cancellationToken);

        var now = time.GetUtcNow();
        // Whatever can still refuse is found before the intake key is claimed and a reference taken, so a refusal
        // spends neither; and the key is claimed before the reference, so a duplicate never uses up a number.
        var id = Guid.NewGuid();
        var unnumbered = Case.Log(input, "", id, actor.Id, now, rules);
        if (unnumbered.Error is { } refused) return refused;
        if (input.IntakeKey is { } intakeKey && await store.ClaimIntakeAsync(intakeKey, id, now, cancellationToken) is { Granted: false } taken)
            return await AlreadyLoggedAsync(actor, taken.CaseId, cancellationToken);

        var sequence = $"{input.Kind.ReferencePrefix()}-{input.ReceivedOn.Year}";
        var number = await store.NextSequenceAsync(sequence, cancellationToken);
        var logged = Case.Log(input, $"{sequence}-{number:0000}", id, actor.Id, now, rules).Value;
        var added = await store.AddAsync(logged, CaseIndex.Of(logged, rules), cancellationToken);
        return added.Created ? new LoggedCase(View(added.Stored), Created: true) : await AlreadyLoggedAsync(actor, added.Stored, cancellationToken);
    }

    /// <summary>Every rule a new case breaks (the council's lists, what its kind must carry, who may own it), without logging
    /// it: a form that could not read every field still shows the rest of what to put right.</summary>
    public async Task<DomainError?> CheckNewCaseAsync(NewCase input, CancellationToken cancellationToken = default)
    {
        var listed = CouncilListErrors(input).ToArray();
        // The owner is checked against the team as the council spells it; against no team while the team is wrong.
        var team = string.IsNullOrWhiteSpace(input.Team) || listed.Any(e => e?.Field == "team") ? null : CouncilVocabulary.Canonical(input.Team, vocabulary.Teams);
        var owner = Enum.IsDefined(input.Kind) && input.Kind.HasClock()
            ? await OwnerRule.CheckAsync(people, input.Owner, team, stage: 1, cancellationToken)
            : null;
        return DomainError.Combine([.. listed, Intake.Validate(input, Today), owner]);
    }

    /// <summary>The case an intake key already belongs to; it may still be being written by whoever claimed the key.</summary>
    private async Task<Result<LoggedCase>> AlreadyLoggedAsync(Actor actor, Guid caseId, CancellationToken cancellationToken) =>
        await store.GetAsync(caseId, cancellationToken) is { } existing
            ? await AlreadyLoggedAsync(actor, existing, cancellationToken)
            : DomainError.Refused("being-logged",
                "This is being logged at this moment: it was sent twice at once. It will be in the case list in a moment, so look for it there rather than logging it again.");

    /// <summary>The case an intake key already made. Whoever may see it, or logged it themselves (a double click, the
    /// same email twice), gets it back; anyone else learns only that it exists, so it isn't logged twice and nothing
    /// of a case they may not see is shown. Getting it back is a read of it, and logged as one.</summary>
    private async Task<Result<LoggedCase>> AlreadyLoggedAsync(Actor actor, Versioned<Case> existing, CancellationToken cancellationToken)
    {
        var reference = existing.Value.Reference;
        var theirs = string.Equals(existing.Value.Snapshot.ReceivedBy, actor.Id, StringComparison.OrdinalIgnoreCase);
        if (!theirs && Permissions.CheckSee(actor, existing.Value) is not null)
            return DomainError.Refused("already-logged", "This has already been logged as a case by another team. Ask the complaints team if you need it.");
        await RecordAsync(actor, existing.Value, refused: false, cancellationToken);
        return new LoggedCase(View(existing), Created: false, theirs ? $"You've already logged this: {reference}" : $"Already logged as {reference}");
    }

    public async Task<Result<CaseView>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default) =>
        await ReadAsync(actor, await store.GetAsync(id, cancellationToken), id.ToString(), cancellationToken);

    /// <summary>The case with this reference, or the imported case with this reference in the old system.</summary>
    public async Task<Result<CaseView>> FindAsync(Actor actor, string reference, CancellationToken cancellationToken = default) =>
        await ReadAsync(actor, await store.FindByReferenceAsync(reference.Trim().ToUpperInvariant(), cancellationToken)
            ?? await store.FindByIntakeKeyAsync(ImportKey.For(reference), cancellationToken), reference, cancellationToken);

    /// <summary>The case's reference and current version if the actor may see it, for a change (an If-Match to check, an
    /// email to keep with it): not a read, since nothing of the case is shown, so not in the access log.</summary>
    public async Task<Result<CaseVersion>> VersionAsync(Actor actor, Guid id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(id, cancellationToken) is { } stored && Permissions.CheckSee(actor, stored.Value) is null
            ? new CaseVersion(stored.Value.Reference, stored.Version)
            : DomainError.NotFound($"Case {id}");

    /// <summary>Cases the actor may see that match the query. Staff and managers see their teams' cases and those they own.
    /// Not in the access log: a list row is the index (reference, kind, team, owner id, dates), none of the case's content
    /// about the child or family; opening a case from the list is the read.</summary>
    public async Task<Result<IReadOnlyList<CaseSummary>>> ListAsync(Actor actor, CaseQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Take is < 1 or > CaseQuery.MaxTake)
            return DomainError.Invalid("take", "take-range", $"take must be between 1 and {CaseQuery.MaxTake}.");
        if (query.Skip < 0) return DomainError.Invalid("skip", "skip-not-negative", "skip cannot be negative.");
        if (query.ReceivedFrom > query.ReceivedTo)
            return DomainError.Invalid("receivedFrom", "receivedFrom-after-receivedTo", "receivedFrom must be on or before receivedTo.");

        var ownCases = string.Equals(query.Owner, actor.Id, StringComparison.OrdinalIgnoreCase);
        if (!actor.SeesAllTeams && !ownCases)
        {
            var teams = query.Teams is null ? actor.Teams : query.Teams.Intersect(actor.Teams, StringComparer.OrdinalIgnoreCase).ToArray();
            if (teams.Count == 0) return Array.Empty<CaseSummary>();
            query = query with { Teams = teams };
        }
        var found = await store.ListAsync(query, cancellationToken);
        return Result<IReadOnlyList<CaseSummary>>.From(found);
    }

    /// <summary>Applies a change. With <paramref name="expectedVersion"/> (HTTP If-Match) a change based on a stale read is refused;
    /// without it the version just read is used, so a change racing another still cannot overwrite it.</summary>
    public async Task<Result<CaseView>> ChangeAsync(Actor actor, Guid id, string? expectedVersion, CaseCommand command,
        CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        // Someone who may not see the case learns nothing about it: not its reference, not that it changed.
        if (stored is null || Permissions.CheckSee(actor, stored.Value) is not null) return DomainError.NotFound($"Case {id}");
        if (expectedVersion is not null && expectedVersion != stored.Version)
            return DomainError.Conflict($"{stored.Value.Reference} has changed since you read it: reload it and try again.");

        var subject = stored.Value;
        var applied = await ApplyAsync(actor, subject, command, cancellationToken);
        if (applied.Error is { } broken) return broken;

        var saved = await store.UpdateAsync(subject, CaseIndex.Of(subject, rules), stored.Version, cancellationToken);
        if (saved.Error is { } conflict) return conflict;
        return await WithHoldsAsync(View(new Versioned<Case>(subject, saved.Value), applied.Value is { } warning ? [warning] : null), subject, cancellationToken);
    }

    /// <summary>Every rule the change would break, without saving it: a form that could not read every field still shows the
    /// rest of what to put right.</summary>
    public async Task<DomainError?> CheckChangeAsync(Actor actor, Guid id, CaseCommand command, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(id, cancellationToken);
        if (stored is null || Permissions.CheckSee(actor, stored.Value) is not null) return DomainError.NotFound($"Case {id}");
        return (await ApplyAsync(actor, stored.Value, command, cancellationToken)).Error;
    }

    /// <summary>Applies the change to the case in memory (the caller decides whether to save it). A new owner must be someone
    /// who may own that stage; their refusal joins the command's own.</summary>
    private async Task<Result<string?>> ApplyAsync(Actor actor, Case subject, CaseCommand command, CancellationToken cancellationToken)
    {
        var refused = Permissions.CheckDo(actor, subject, command.Action);
        if (refused is not null) return refused;
        var assigned = command.AssignedOwner(subject);
        var applied = command.Apply(subject, new CommandContext(actor.Id, time.GetUtcNow(), rules));
        if (applied.Error is { Kind: not ErrorKind.Invalid } notNow) return notNow;

        var owner = assigned is { } a ? await OwnerRule.CheckAsync(people, a.Owner, subject.Team, a.Stage, cancellationToken) : null;
        return DomainError.Combine([applied.Error, owner]) is { } broken ? broken : applied;
    }

    /// <summary>Re-derives the indexed deadlines of every open case (the due date, and the earliest deadline that prompts:
    /// an acknowledgement, a stage 3 step) from the calendar in force now, so lists and the deadline scheduler follow a
    /// newly declared bank holiday. Returns how many cases moved. Safe to re-run: a case
    /// changed meanwhile is skipped (its own save already indexed it afresh).</summary>
    public async Task<int> RefreshDueDatesAsync(CancellationToken cancellationToken = default)
    {
        // Read the whole list first: saving moves cases within a list ordered by due date.
        var open = new List<CaseSummary>();
        for (var skip = 0; ; skip += CaseQuery.MaxTake)
        {
            var page = await store.ListAsync(new CaseQuery(OpenOnly: true, Skip: skip, Take: CaseQuery.MaxTake), cancellationToken);
            open.AddRange(page);
            if (page.Count < CaseQuery.MaxTake) break;
        }
        var moved = 0;
        foreach (var summary in open)
        {
            if (await store.GetAsync(summary.Id, cancellationToken) is not { } stored) continue;
            var index = CaseIndex.Of(stored.Value, rules);
            if (!index.MovesDeadlinesOf(summary)) continue;
            if ((await store.UpdateAsync(stored.Value, index, stored.Version, cancellationToken)).Succeeded) moved++;
        }
        return moved;
    }

    /// <summary>Learning actions the actor may see.</summary>
    public async Task<IReadOnlyList<LearningActionEntry>> ListLearningAsync(Actor actor, LearningQuery query, CancellationToken cancellationToken = default)
    {
        if (!actor.SeesAllTeams)
        {
            var teams = query.Teams is null ? actor.Teams : query.Teams.Intersect(actor.Teams, StringComparer.OrdinalIgnoreCase).ToArray();
            if (teams.Count == 0) return [];
            query = query with { Teams = teams };
        }
        return await store.ListLearningActionsAsync(query with { Take = Math.Clamp(query.Take, 1, CaseQuery.MaxTake) }, cancellationToken);
    }

    /// <summary>Shows the case if the actor may see it. Both a read and a refused attempt on a case that exists are recorded
    /// before answering; if the access log can't record it, the read fails (decision 0016-access-log).</summary>
    private async Task<Result<CaseView>> ReadAsync(Actor actor, Versioned<Case>? stored, string what, CancellationToken cancellationToken)
    {
        if (stored is null) return DomainError.NotFound($"Case {what}");
        var refused = Permissions.CheckSee(actor, stored.Value) is not null;
        await RecordAsync(actor, stored.Value, refused, cancellationToken);
        return refused ? DomainError.NotFound($"Case {what}") : await WithHoldsAsync(View(stored), stored.Value, cancellationToken);
    }

    private async Task<CaseView> WithHoldsAsync(CaseView view, Case subject, CancellationToken cancellationToken) =>
        holds is null ? view : view with
        {
            Holds = (await holds.ListHoldsAsync(includeLifted: false, cancellationToken)).Where(h => h.Covers(subject)).Select(CaseHold.Of).ToArray(),
        };

    private Task RecordAsync(Actor actor, Case subject, bool refused, CancellationToken cancellationToken) =>
        reads.RecordAsync(new CaseRead(subject.Id, subject.Reference, actor.Id, time.GetUtcNow(), actor.Through, refused), cancellationToken);

    private CaseView View(Versioned<Case> stored, IReadOnlyList<string>? warnings = null) =>
        CaseView.Of(stored.Value, stored.Version, Today, rules.Calendar, warnings);

    /// <summary>Values not on the council's lists (blanks are the intake rules' to refuse).</summary>
    private IEnumerable<DomainError?> CouncilListErrors(NewCase input) =>
    [
        string.IsNullOrWhiteSpace(input.Team) ? null : vocabulary.CheckTeam(input.Team),
        .. (input.ConcernCategories ?? []).Select((c, i) => string.IsNullOrWhiteSpace(c) ? null : vocabulary.CheckConcern(c, $"concerns[{i}]")),
        input.Compliment is { Category: { } category } && !string.IsNullOrWhiteSpace(category) ? vocabulary.CheckComplimentCategory(category) : null,
    ];

    /// <summary>The council's own spelling of values already checked to be on its lists, so figures group cleanly.</summary>
    private NewCase WithCouncilSpelling(NewCase input)
    {
        var categories = input.ConcernCategories ?? [];
        return input with
        {
            Team = CouncilVocabulary.Canonical(input.Team, vocabulary.Teams),
            ConcernCategories = categories.Select(c => string.IsNullOrWhiteSpace(c) ? c : CouncilVocabulary.Canonical(c, vocabulary.ConcernCategories)).ToArray(),
            Compliment = input.Compliment is { } compliment && !string.IsNullOrWhiteSpace(compliment.Category)
                ? compliment with { Category = CouncilVocabulary.Canonical(compliment.Category, vocabulary.ComplimentCategories) }
                : input.Compliment,
        };
    }
}

/// <param name="Created">False when the intake key matched an existing case, which is returned instead.</param>
/// <param name="AlreadyLogged">When not created, says so in words for the person ("You've already logged this: CC-2026-0001").</param>
public sealed record LoggedCase(CaseView View, bool Created, string? AlreadyLogged = null);

/// <summary>What a change's If-Match is checked against.</summary>
public sealed record CaseVersion(string Reference, string Version);
