using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Figures.Facts;

/// <summary>Gives cases saved before figures existed their facts, by saving each again as any change would (the store
/// writes facts with every save, guarded by the case's version). Facts need the working-day calendar, which only core
/// has, so a migration can't write them. A case someone saves meanwhile is skipped: their save wrote its facts.</summary>
public static class FactsBackfill
{
    public static async Task<int> RunAsync(ICaseStore store, IFigureFacts facts, ClockRules rules, CancellationToken cancellationToken = default)
    {
        var tried = new HashSet<Guid>();
        var saved = 0;
        while (true)
        {
            var page = (await facts.CasesWithoutFactsAsync(100, cancellationToken)).Where(tried.Add).ToArray();
            if (page.Length == 0) return saved;
            foreach (var id in page)
            {
                if (await store.GetAsync(id, cancellationToken) is not { } stored) continue;
                var written = await store.UpdateAsync(stored.Value, CaseIndex.Of(stored.Value, rules), stored.Version, cancellationToken);
                if (written.Succeeded) saved++;
            }
        }
    }
}
