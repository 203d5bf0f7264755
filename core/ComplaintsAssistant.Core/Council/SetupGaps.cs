namespace ComplaintsAssistant.Core.Council;

/// <summary>Something the council hasn't set up that makes the product wrong for it: what, and where to set it.</summary>
public sealed record SetupGap(string What, string Where)
{
    /// <summary>As one line, for the officers' digest.</summary>
    public string InWords => $"Set-up not finished: {What} Set: {Where}";
}

/// <summary>What the host knows of the council's set-up.</summary>
/// <param name="OwnTeams">The council listed its own teams (not the sample list from published reports).</param>
/// <param name="ComplaintsOfficers">People and groups set up as complaints officers.</param>
/// <param name="LastPublishedHolidayYear">The last year of the council's GOV.UK bank holiday list, if it gave one.</param>
/// <param name="LondonTimeKnown">The machine's time zone database has Europe/London (<see cref="EmailIntake.Dates.LondonTime.IsKnown"/>).</param>
public sealed record CouncilSetupFacts(bool OwnTeams, int ComplaintsOfficers, int? LastPublishedHolidayYear, bool LondonTimeKnown = true);

/// <summary>
/// A council that installs the bot and starts logging before it is set up gets cases under sample team names, nobody who
/// can answer escalations, or due dates that ignore a bank holiday the government added: each is found here, for the
/// first person who can fix it (the officer opening the bot) and the start-up log.
/// </summary>
public static class SetupGaps
{
    public static IReadOnlyList<SetupGap> Of(CouncilSetupFacts facts, DateOnly today)
    {
        var gaps = new List<SetupGap>();
        if (!facts.OwnTeams)
            gaps.Add(new SetupGap(
                "The teams offered when logging a case are a sample list from published reports, not this council's.",
                "Council:Teams in the council's configuration file (docs/deployment.md, step 6)."));
        if (facts.ComplaintsOfficers == 0)
            gaps.Add(new SetupGap(
                "Nobody is set up as a complaints officer, so nobody sees every case, decides escalations or gets the weekly digest.",
                "Access:People with role ComplaintsOfficer, or an Entra group in Access:Groups with that role (docs/deployment.md, step 6)."));
        if (facts.LastPublishedHolidayYear is not { } last || last <= today.Year)
            gaps.Add(new SetupGap(
                $"Bank holidays from {(facts.LastPublishedHolidayYear is { } year ? year + 1 : today.Year)} come from the usual rules only: a day the government adds "
                + "(as for the coronation in 2023) won't stop the clocks.",
                "Council:BankHolidaysFile: GOV.UK's list (https://www.gov.uk/bank-holidays.json), saved again each year when next year's days are published."));
        if (!facts.LondonTimeKnown)
            gaps.Add(new SetupGap(
                "This machine's time zone database has no Europe/London, so no email or chat message can be read into a case.",
                "the operating system's time zone database: the tzdata package on Linux (docs/deployment.md, step 4)."));
        return gaps;
    }
}
