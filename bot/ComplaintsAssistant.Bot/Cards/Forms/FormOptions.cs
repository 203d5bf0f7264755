namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>The council's lists and today's date, for the dropdowns and defaults of the log forms.</summary>
/// <param name="Owners">People who can be chosen as a case owner (from access configuration, and the person filling the form in).</param>
/// <param name="DefaultOwner">Pre-selected owner (the person filling the form in, when they may own cases).</param>
public sealed record FormOptions(
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> ConcernCategories,
    IReadOnlyList<string> ComplimentCategories,
    IReadOnlyList<Choice> Owners,
    DateOnly Today,
    string? DefaultTeam = null,
    string? DefaultOwner = null);
