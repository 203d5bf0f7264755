using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Reports;

/// <summary>Who may produce a report, and over whose cases. The complaints team produces the council's report. A manager
/// gets the same report over their own teams only, as the figures card shows them: a head of service drafting their part,
/// with nothing from teams they may not see. Staff do not produce reports.</summary>
public static class ReportAccess
{
    public static DomainError? Refusal(Actor actor) => actor.Role is Role.ComplaintsOfficer or Role.Manager ? null
        : DomainError.Forbidden("Reports are produced by the complaints team and managers. Ask your manager or the complaints team for the figures you need.");

    /// <summary>Null for every team.</summary>
    public static IReadOnlyList<string>? Teams(Actor actor) => actor.SeesAllTeams ? null : actor.Teams;

    public static string Scope(Actor actor) => actor.SeesAllTeams ? "every team" : actor.Teams.Count == 0 ? "no team"
        : Sentences.List(actor.Teams);
}
