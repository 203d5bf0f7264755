using System.Text.RegularExpressions;

namespace ComplaintsAssistant.Core.Common;

/// <summary>Fields as a council officer would name them in a sentence ("the response date", not <c>respondedOn</c>),
/// so refusals read the same in the API and in chat. A field not listed here is named as it is.</summary>
public static partial class FieldWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["kind"] = "the kind of record",
        ["team"] = "the team",
        ["receivedOn"] = "the date received",
        ["howReceived"] = "how it was received",
        ["summary"] = "the summary",
        ["owner"] = "the case owner",
        ["concerns"] = "the concerns",
        ["member"] = "the member",
        ["member.memberName"] = "the member's name",
        ["compliment"] = "the compliment",
        ["compliment.category"] = "what the compliment praises",
        ["compliment.words"] = "the compliment's wording",
        ["mattersAroseOn"] = "the date the matters arose",
        ["lateAcceptanceReason"] = "the reason for accepting a late complaint",
        ["acknowledgedOn"] = "the acknowledgement date",
        ["dueOn"] = "the due date",
        ["respondedOn"] = "the response date",
        ["outcome"] = "the outcome",
        ["resolutions"] = "what was done to put things right",
        ["concernOutcomes"] = "the outcome of each concern",
        ["stageOpenedOn"] = "the date the stage opened",
        ["openedOn"] = "the date the stage opened",
        ["requestedOn"] = "the date escalation was asked for",
        ["lateReason"] = "the reason for accepting it late",
        ["statementAgreedOn"] = "the date the statement of complaint was agreed",
        ["reagreementReason"] = "the reason for agreeing it again",
        ["independentPerson"] = "the Independent Person",
        ["decidedOn"] = "the date of the decision",
        ["resolvedOn"] = "the date it was resolved",
        ["heldOn"] = "the date the panel met",
        ["members"] = "the panel members",
        ["recommendationsReceivedOn"] = "the date the recommendations were received",
        ["agreedOn"] = "the date agreed",
        ["totalWorkingDays"] = "the new total of working days",
        ["ground"] = "the ground",
        ["reason"] = "the reason",
        ["note"] = "the note",
        ["closedOn"] = "the date closed",
        ["withdrawnOn"] = "the date withdrawn",
        ["issue"] = "the issue identified",
        ["lesson"] = "the lesson learnt",
        ["action"] = "the action",
        ["department"] = "the department",
        ["targetDate"] = "the target date",
        ["status"] = "the status",
        ["reviewNote"] = "the review note",
        ["amount"] = "the amount",
        ["on"] = "the payment date",
        ["today"] = "today",
    };

    /// <summary>"the response date" for <c>respondedOn</c>; "concern 3" for <c>concerns[2]</c>.</summary>
    public static string Of(string field) =>
        Words.TryGetValue(field, out var words) ? words
        : ConcernIndex().Match(field) is { Success: true } concern ? $"concern {int.Parse(concern.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}"
        : field;

    [GeneratedRegex(@"^concerns\[(\d+)\]$")]
    private static partial Regex ConcernIndex();
}
