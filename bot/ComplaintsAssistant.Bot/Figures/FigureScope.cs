using ComplaintsAssistant.Core.Access;

namespace ComplaintsAssistant.Bot.Figures;

/// <summary>Whose figures these are, in words under the heading: "all teams", "your team (Children in Care)", or the one team asked about.</summary>
public static class FigureScope
{
    public static string Words(Actor actor, string? team) => team ?? (actor.SeesAllTeams ? "all teams"
        : actor.Teams.Count == 1 ? $"your team ({actor.Teams[0]})" : $"your teams ({string.Join(", ", actor.Teams)})");
}
