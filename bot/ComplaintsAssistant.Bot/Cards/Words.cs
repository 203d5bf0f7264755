using System.Globalization;
using System.Text;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>Enum values in the words people use, and dates the way the UK writes them.</summary>
public static class Words
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Of<T>(T value) where T : struct, Enum => (object)value switch
    {
        HowReceived.ChildrensApp => "Children's app (e.g. Mind Of My Own)",
        HowReceived.Teams => "Teams chat",
        ComplainantRelationship.ChildOrYoungPerson => "Child or young person",
        ComplainantRelationship.ElectedMember => "MP, MEP or councillor",
        ComplimentSource.PoliceJudgeOrLegal => "Police, judge or legal",
        MemberType.MP => "MP",
        MemberType.MEP => "MEP",
        Resolution.FinancialRemedy => "Financial assessment, award or remedy",
        Resolution.ReassessmentOrReallocation => "Reassessment or reallocation",
        Outcome.OutOfJurisdiction => "Out of jurisdiction or rejected",
        ExtensionGround.AdvocateBeingFound => "Time to find an advocate",
        ExtensionGround.Complex => "Complex case",
        LearningStatus.InProgress => "In progress",
        _ => Sentence(value.ToString()),
    };

    /// <summary>Every value of an enum as a dropdown choice; the value sent back is the enum name.</summary>
    public static IEnumerable<Choice> Choices<T>(IEnumerable<T>? only = null) where T : struct, Enum =>
        (only ?? Enum.GetValues<T>()).Select(v => new Choice(Of(v), v.ToString()));

    /// <summary>"Friday 15 May 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"Fri 15 May".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("ddd d MMM", English);

    /// <summary>The form a date input sends and takes.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Statutory complaint".</summary>
    public static string Kind(CaseKind kind) => Capital(Workflow.Describe(kind));

    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Sentence(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        foreach (var (c, i) in pascal.Select((c, i) => (c, i)))
        {
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1])) text.Append(' ').Append(char.ToLowerInvariant(c));
            else text.Append(c);
        }
        return text.ToString();
    }
}
