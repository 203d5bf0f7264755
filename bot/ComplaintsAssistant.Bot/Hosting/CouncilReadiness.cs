using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>The council's set-up as this host was started with it, checked by core's <see cref="SetupGaps"/>.</summary>
public sealed class CouncilReadiness(IOptions<CouncilOptions> council, IOptionsMonitor<AccessOptions> access, ClockRules rules, TimeProvider time)
{
    public IReadOnlyList<SetupGap> Gaps() => SetupGaps.Of(
        new CouncilSetupFacts(council.Value.Teams.Count > 0, ComplaintsOfficers(), rules.Calendar.LastPublishedYear, LondonTime.IsKnown),
        UkDate.On(time.GetUtcNow()));

    public int ComplaintsOfficers() =>
        access.CurrentValue.People.Count(p => p.Role == Role.ComplaintsOfficer) + access.CurrentValue.Groups.Count(g => g.Role == Role.ComplaintsOfficer);
}
