using ComplaintsAssistant.Core.Figures;

namespace ComplaintsAssistant.Bot.Figures;

/// <summary>What people can ask for, in their words. A topic is asked for when every one of its word groups appears
/// (any word of a group will do); the topic naming the most groups wins, so "compliments from young people" beats
/// "compliments". The first topic of each figure is its entry on the menu.</summary>
public static class FigureTopics
{
    /// <param name="Example">A question that asks for it, shown on the menu and as "Did you mean…".</param>
    public sealed record Topic(string FigureId, string Title, string Example, string[][] Needs);

    private static readonly string[] Timely = ["time", "late", "timely", "timeliness", "timescale", "timescales", "within", "deadline", "deadlines", "ontime", "days", "performance"];
    private static readonly string[] Compliments = ["compliments", "compliment", "praise"];
    private static readonly string[] Advocacy = ["advocate", "advocates", "advocacy"];

    public static IReadOnlyList<Topic> All { get; } =
    [
        new("statutory.stage1.within_10_wd", "Stage 1 on time", "stage 1 on time this year", [["stage"], ["1"], Timely]),
        new("statutory.stage2.within_25_wd", "Stage 2 on time", "stage 2 on time this year", [["stage"], ["2"], Timely]),
        new("statutory.stage3.within_30_wd", "Stage 3 on time", "stage 3 on time this year", [["stage"], ["3"], Timely]),
        new("statutory.complaints.by_team", "Complaints by team", "complaints by team last quarter", [["complaints", "complaint"], ["team", "teams", "service", "services"]]),
        new("statutory.complaints.by_team", "Complaints by team", "complaints this year", [["complaints"]]),
        new(OpenWorkFigures.Overdue, "Overdue now", "overdue", [["overdue", "outstanding"]]),
        new(OpenWorkFigures.DueThisWeek, "Due this week", "due this week", [["due"], ["week"]]),
        new("compliments.from_young_people", "Compliments from young people", "compliments from young people",
            [Compliments, ["young", "children", "child", "kids", "youngsters", "teenagers"]]),
        new("compliments.by_source", "Compliments by who gave them", "compliments by source this year", [Compliments, ["source", "sources", "who", "from"]]),
        new("compliments.by_team", "Compliments by team", "compliments this month", [Compliments]),
        new("member_enquiries.by_type", "Member enquiries (MP, MEP, councillor)", "how many MP enquiries in 2024/25",
            [["mp", "mps", "councillor", "councillors", "mep", "meps", "member", "members"]]),
        new("statutory.concerns.outcomes", "Outcomes by concern", "outcomes by concern", [["outcome", "outcomes", "upheld", "findings"], ["concern", "concerns"]]),
        new("statutory.concerns.by_category", "Concerns by category", "concerns by category this year", [["concern", "concerns", "categories", "category"]]),
        new(OpenWorkFigures.LearningOverdue, "Learning actions overdue", "learning actions overdue",
            [["learning", "actions", "action", "lessons"], ["overdue", "late", "past", "outstanding"]]),
        new("statutory.complaints.with_advocate", "Complaints with an advocate", "how many complaints had an advocate", [["complaints"], Advocacy]),
        new("ombudsman.enquiries.by_team", "Ombudsman enquiries", "Ombudsman this year", [["ombudsman", "ombudsmen", "lgsco", "lgo"]]),
    ];

    /// <summary>One topic per figure, in menu order.</summary>
    public static IReadOnlyList<Topic> Menu { get; } = All.DistinctBy(t => t.FigureId).ToArray();

    public static Topic? ForFigure(string figureId) => Menu.FirstOrDefault(t => t.FigureId == figureId);

    /// <summary>Figures with no period: what is true today.</summary>
    public static bool IsAsAtToday(string figureId) => OpenWorkFigures.Ids.Contains(figureId);
}
