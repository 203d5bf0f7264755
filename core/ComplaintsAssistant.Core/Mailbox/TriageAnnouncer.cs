using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Core.Mailbox;

/// <summary>Sends each complaints officer one triage card per waiting draft, through the prompt ledger (decision 0009):
/// claimed, sending, sent, so that however many hosts run, and whichever of them drafted the email or stopped after
/// drafting it, each officer gets the card once. Drafts already decided are not announced.</summary>
public sealed class TriageAnnouncer(ITriageDrafts drafts, PromptClaims claims, ITriageSender sender, IPeopleDirectory people, TimeProvider time)
{
    /// <summary>Plenty for a council's mailbox between two polls; the rest wait for the next pass.</summary>
    private const int PerPass = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var officers = people.Known.People.Where(p => p.Role == Role.ComplaintsOfficer).Select(p => p.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var draft in await drafts.ListTriageDraftsAsync(TriageState.Waiting, PerPass, cancellationToken))
        foreach (var officer in officers)
        {
            var claim = await claims.ClaimAsync(KeyOf(draft, officer), Guid.Empty, "triage", officer, time.GetUtcNow(), cancellationToken);
            if (claim is null) continue;
            if ((await claims.SendUnderAsync(claim, () => sender.SendAsync(draft, officer, cancellationToken), time, cancellationToken))?.WasSent == true) sent++;
        }
        return sent;
    }

    public static string KeyOf(TriageDraft draft, string officer) => $"triage/{draft.Id:N}/{officer.ToLowerInvariant()}";
}
