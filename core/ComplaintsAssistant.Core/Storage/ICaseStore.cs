using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Storage;

/// <summary>Where cases live. Every implementation passes the same contract test suite.
/// Updates are optimistic: a write based on a stale version is refused, never merged or overwritten.</summary>
public interface ICaseStore
{
    /// <summary>The next number in a named sequence (e.g. <c>CC-2026</c>), unique even with several instances writing.</summary>
    Task<int> NextSequenceAsync(string sequence, CancellationToken cancellationToken = default);

    /// <summary>Binds an intake key to the case about to be logged, before it takes a reference, so the same source sent
    /// twice at once (a double click, two instances) is one case and never uses up a number. Granted: add the case
    /// <paramref name="caseId"/> now. Otherwise the key belongs to <see cref="IntakeClaim.CaseId"/>, which may still be
    /// being written. A claim whose case never appeared is granted afresh once older than <see cref="IntakeClaim.AbandonedAfter"/>
    /// (its writer stopped between claiming and adding).</summary>
    Task<IntakeClaim> ClaimIntakeAsync(string intakeKey, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Saves a new case. If a case with the same intake key already exists, nothing is written
    /// and that case is returned instead (the same email or import row twice is one case).</summary>
    Task<AddResult> AddAsync(Case newCase, CaseIndex index, CancellationToken cancellationToken = default);

    /// <summary>Saves many new cases at once (an import of past years), as <see cref="AddAsync"/> does each: a store that
    /// can writes them in one transaction, so a hundred cases cost one commit instead of a hundred.</summary>
    async Task<IReadOnlyList<AddResult>> AddManyAsync(IReadOnlyList<(Case Case, CaseIndex Index)> newCases, CancellationToken cancellationToken = default)
    {
        var added = new List<AddResult>(newCases.Count);
        foreach (var (newCase, index) in newCases) added.Add(await AddAsync(newCase, index, cancellationToken));
        return added;
    }

    /// <summary>The next <paramref name="count"/> numbers in a named sequence, as <see cref="NextSequenceAsync"/> gives
    /// them one by one; a store that can takes them in one write.</summary>
    async Task<IReadOnlyList<int>> NextSequenceNumbersAsync(string sequence, int count, CancellationToken cancellationToken = default)
    {
        var numbers = new List<int>(count);
        for (var i = 0; i < count; i++) numbers.Add(await NextSequenceAsync(sequence, cancellationToken));
        return numbers;
    }

    Task<Versioned<Case>?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<Versioned<Case>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default);

    Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default);

    /// <summary>Saves a changed case if nobody has saved it since <paramref name="expectedVersion"/>;
    /// otherwise a conflict error and nothing written. Returns the new version.</summary>
    Task<Result<string>> UpdateAsync(Case changed, CaseIndex index, string expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Cases matching <paramref name="query"/>, answered from the index without loading whole cases,
    /// ordered by due date (soonest first, none last), then reference.</summary>
    Task<IReadOnlyList<CaseSummary>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>The deadline scheduler's query, answered from the index alone: cases with a deadline that prompts
    /// (<see cref="CaseIndex.PromptOn"/>) on or before <paramref name="onOrBefore"/>, ordered by that date then reference,
    /// after <paramref name="after"/> (keyset paging: each page starts where the last ended, never by OFFSET).</summary>
    Task<IReadOnlyList<PromptCandidate>> ListPromptCandidatesAsync(DateOnly onOrBefore, PromptCandidate? after, int take, CancellationToken cancellationToken = default);

    /// <summary>Learning actions across cases, ordered by target date.</summary>
    Task<IReadOnlyList<LearningActionEntry>> ListLearningActionsAsync(LearningQuery query, CancellationToken cancellationToken = default);
}

/// <summary>A case the deadline scheduler looks at, and its place in the scheduler's keyset order.</summary>
public sealed record PromptCandidate(Guid Id, string Reference, DateOnly PromptOn);

/// <summary>A stored value and the version to quote when changing it.</summary>
public sealed record Versioned<T>(T Value, string Version);

/// <summary>The outcome of adding a case.</summary>
/// <param name="Stored">The case now in the store: the new one, or the existing one with the same intake key.</param>
/// <param name="Created">False when an existing case was returned instead.</param>
public sealed record AddResult(Versioned<Case> Stored, bool Created);
