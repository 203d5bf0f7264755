using System.Globalization;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>One prompt to send: a deadline at a threshold, to its owner or (escalated) to the owner's manager.</summary>
/// <param name="Threshold">Working days from the due date: negative before, 0 on the day, positive overdue.</param>
public sealed record Prompt(Guid CaseId, string Reference, CaseKind Kind, DueClock Due, int Threshold, PromptAudience Audience)
{
    /// <summary>The ledger's key: one prompt per case, clock, due date, threshold and owner. A new due date (an extension, a
    /// bank holiday declared) or a new owner is a new deadline to tell someone about; an escalation goes once per due date,
    /// whoever the manager is.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{CaseId:N}/{Due.Clock}/{Due.Item}/{Due.DueOn:yyyy-MM-dd}/{(Audience == PromptAudience.Manager ? "escalated" : $"{Threshold}/{Due.Owner.ToLowerInvariant()}")}");

    /// <summary>"due in 3 working days", "due tomorrow", "due today", "1 working day overdue".</summary>
    public string WhenInWords => Threshold switch
    {
        < -1 => $"due in {-Threshold} working days",
        -1 => "due on the next working day",
        0 => "due today",
        1 => "1 working day overdue",
        _ => $"{Threshold} working days overdue",
    };
}

public enum PromptAudience
{
    /// <summary>The person who must meet the deadline.</summary>
    Owner,
    /// <summary>The owner's manager, once the deadline is the configured number of working days overdue.</summary>
    Manager,
}
