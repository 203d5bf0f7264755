using System.Globalization;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>A subject access request's one-month clock prompted as a case's deadlines are: the officer who recorded it is
/// told at the council's thresholds (<c>Prompts:Thresholds</c>: by default 3 and 1 working days before it is due, on the day,
/// and every working day it is overdue), inside working hours, once
/// each however many hosts run (the prompt ledger), until the request is answered. By reference only: never the requester.</summary>
public sealed class SubjectAccessReminders(
    ISubjectAccessRequests requests, PromptClaims claims, PromptPlanner planner, ClockRules rules, ISubjectAccessReminderSender sender, TimeProvider time)
{
    public async Task<IReadOnlyList<SubjectAccessReminder>> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (!planner.IsOpen(now)) return [];
        var today = UkDate.On(now);
        var sent = new List<SubjectAccessReminder>();
        foreach (var request in (await requests.ListAsync(cancellationToken)).Where(r => r.AnsweredOn is null))
        {
            var dueOn = request.DueOn(rules.Calendar);
            if (planner.Settings.Thresholds.LatestReached(planner.OffsetOf(dueOn, today)) is not { } threshold) continue;
            var reminder = new SubjectAccessReminder(request.Id, request.Reference, dueOn, threshold);
            var claim = await claims.ClaimAsync(reminder.Key, Guid.Empty, request.Reference, request.RecordedBy, now, cancellationToken);
            if (claim is null) continue;
            if ((await claims.SendUnderAsync(claim, () => sender.SendAsync(reminder, request.RecordedBy, cancellationToken), time, cancellationToken))?.WasSent == true)
                sent.Add(reminder);
        }
        return sent;
    }
}

/// <summary>One reminder: the request, its due date, and the threshold reached (working days from the due date).</summary>
public sealed record SubjectAccessReminder(Guid RequestId, string Reference, DateOnly DueOn, int Threshold)
{
    /// <summary>The ledger's key: one reminder per request, due date and threshold.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"sar/{RequestId:N}/{DueOn:yyyy-MM-dd}/{Threshold}");

    /// <summary>"Subject access request SAR-2026-0001 is due tomorrow, 22 June 2026: send the pack, or record that it was sent."</summary>
    public string InWords => (Threshold switch
    {
        < -1 => $"Subject access request {Reference} is due in {-Threshold} working days, on {UkDate.InWords(DueOn)}",
        -1 => $"Subject access request {Reference} is due on the next working day, {UkDate.InWords(DueOn)}",
        0 => $"Subject access request {Reference} is due today, {UkDate.InWords(DueOn)}",
        1 => $"Subject access request {Reference} is 1 working day overdue (it was due on {UkDate.InWords(DueOn)})",
        _ => $"Subject access request {Reference} is {Threshold} working days overdue (it was due on {UkDate.InWords(DueOn)})",
    }) + ": build the pack, send it, and record the day it was sent.";
}

/// <summary>Delivers a reminder to the officer in a 1:1 chat, as <see cref="IPromptSender"/> does prompts.</summary>
public interface ISubjectAccessReminderSender
{
    Task<Delivery> SendAsync(SubjectAccessReminder reminder, string officer, CancellationToken cancellationToken = default);
}
