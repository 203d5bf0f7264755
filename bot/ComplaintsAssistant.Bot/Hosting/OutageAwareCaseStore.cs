using System.Diagnostics;
using System.Runtime.CompilerServices;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>The case store as the host uses it: a failure its SDK uses to say "can't be reached now" becomes a
/// <see cref="StoreUnavailableException"/> (answered 503 with Retry-After), told apart from every other failure
/// here, where it is known to come from the store and not from some other call in the same request.</summary>
internal sealed class OutageAwareCaseStore(ICaseStore store, Func<Exception, StoreUnavailableException?> recognise) : ICaseStore
{
    public Task<int> NextSequenceAsync(string sequence, CancellationToken cancellationToken = default) =>
        Guard(() => store.NextSequenceAsync(sequence, cancellationToken));

    public Task<IntakeClaim> ClaimIntakeAsync(string intakeKey, Guid caseId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Guard(() => store.ClaimIntakeAsync(intakeKey, caseId, now, cancellationToken));

    public Task<AddResult> AddAsync(Case newCase, CaseIndex index, CancellationToken cancellationToken = default) =>
        Guard(() => store.AddAsync(newCase, index, cancellationToken));

    public Task<IReadOnlyList<AddResult>> AddManyAsync(IReadOnlyList<(Case Case, CaseIndex Index)> newCases, CancellationToken cancellationToken = default) =>
        Guard(() => store.AddManyAsync(newCases, cancellationToken));

    public Task<IReadOnlyList<int>> NextSequenceNumbersAsync(string sequence, int count, CancellationToken cancellationToken = default) =>
        Guard(() => store.NextSequenceNumbersAsync(sequence, count, cancellationToken));

    public Task<Versioned<Case>?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Guard(() => store.GetAsync(id, cancellationToken));

    public Task<Versioned<Case>?> FindByReferenceAsync(string reference, CancellationToken cancellationToken = default) =>
        Guard(() => store.FindByReferenceAsync(reference, cancellationToken));

    public Task<Versioned<Case>?> FindByIntakeKeyAsync(string intakeKey, CancellationToken cancellationToken = default) =>
        Guard(() => store.FindByIntakeKeyAsync(intakeKey, cancellationToken));

    public Task<Result<string>> UpdateAsync(Case changed, CaseIndex index, string expectedVersion, CancellationToken cancellationToken = default) =>
        Guard(() => store.UpdateAsync(changed, index, expectedVersion, cancellationToken));

    public Task<IReadOnlyList<CaseSummary>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => store.ListAsync(query, cancellationToken));

    public Task<IReadOnlyList<LearningActionEntry>> ListLearningActionsAsync(LearningQuery query, CancellationToken cancellationToken = default) =>
        Guard(() => store.ListLearningActionsAsync(query, cancellationToken));

    public Task<IReadOnlyList<PromptCandidate>> ListPromptCandidatesAsync(DateOnly onOrBefore, PromptCandidate? after, int take, CancellationToken cancellationToken = default) =>
        Guard(() => store.ListPromptCandidatesAsync(onOrBefore, after, take, cancellationToken));

    private Task<T> Guard<T>(Func<Task<T>> call, [CallerMemberName] string operation = "") => OutageGuard.RunAsync(call, recognise, operation);
}

/// <summary>The figures' counts as the host uses them, outages told apart as for <see cref="OutageAwareCaseStore"/>.</summary>
internal sealed class OutageAwareFigureFacts(IFigureFacts facts, Func<Exception, StoreUnavailableException?> recognise) : IFigureFacts
{
    public Task<IReadOnlyList<FactCount>> CountAsync(FactQuery query, CancellationToken cancellationToken = default) =>
        OutageGuard.RunAsync(() => facts.CountAsync(query, cancellationToken), recognise, nameof(CountAsync));

    public Task<IReadOnlyList<Guid>> CasesWithoutFactsAsync(int take, CancellationToken cancellationToken = default) =>
        OutageGuard.RunAsync(() => facts.CasesWithoutFactsAsync(take, cancellationToken), recognise, nameof(CasesWithoutFactsAsync));
}

/// <summary>Also times every store call (<see cref="Telemetry.StoreCalled"/>): the one place all of them pass.</summary>
internal static class OutageGuard
{
    public static async Task<T> RunAsync<T>(Func<Task<T>> call, Func<Exception, StoreUnavailableException?> recognise, string operation)
    {
        var name = operation.EndsWith("Async", StringComparison.Ordinal) ? operation[..^5] : operation;
        using var charged = Telemetry.InStoreOperation(name);
        var started = Stopwatch.GetTimestamp(); // real time: the host's clock may be a test's or Dev:Now
        var outcome = "failed";
        try
        {
            var result = await call();
            outcome = "ok";
            return result;
        }
        catch (Exception e) when (recognise(e) is { } outage)
        {
            outcome = "unavailable";
            throw outage;
        }
        finally
        {
            Telemetry.StoreCalled(name, Stopwatch.GetElapsedTime(started), outcome);
        }
    }
}
