using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bench.Prompts;

/// <summary>Open cases as a scheduler pass meets them on Wednesday 3 June 2026, 10:00 in London: Ombudsman enquiries
/// (acknowledged) with their fixed dates spread over the next 200 working days, so about 2 in 100 are due within the
/// 3 working days the scheduler looks ahead; and 1 case in 100 a statutory complaint long overdue (prompted every
/// working day, escalated). The rest only the index sees.</summary>
internal static class PromptCases
{
    public static readonly DateTimeOffset Now = new(2026, 6, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 6, 3);
    private static readonly ClockRules Rules = ClockRules.Default;

    public static Case Make(int n)
    {
        var overdue = n % 100 == 0;
        var input = new NewCase(
            overdue ? CaseKind.StatutoryComplaint : CaseKind.OmbudsmanEnquiry,
            overdue ? new DateOnly(2026, 4, 1) : new DateOnly(2026, 6, 1), HowReceived.Email, "Children in Care", $"owner-{n % 50}",
            new Complainant(ComplainantRelationship.Parent), ConcernCategories: ["Lack of communication"],
            Ombudsman: overdue ? null : new OmbudsmanDetails($"26 {n:000 000}", $"CC-2025-{n % 1000:0000}"),
            FixedDueOn: overdue ? null : Rules.Calendar.AddWorkingDays(Today, 1 + n % 200),
            AcknowledgedOn: overdue ? new DateOnly(2026, 4, 2) : new DateOnly(2026, 6, 1));
        var logged = Case.Log(input, Reference(n), Guid.NewGuid(), "officer-1", Now, Rules);
        return logged.Error is { } refused ? throw new InvalidOperationException(refused.Message) : logged.Value;
    }

    public static string Reference(int n) => $"B-{n:0000000}";

    public static CaseIndex Index(Case c) => CaseIndex.Of(c, Rules);

    public static PromptScheduler Scheduler(ICaseStore store, IPromptLedger ledger, IPromptSender sender) =>
        new(store, new PromptPlanner(PromptSettings.Default, Rules), new PromptClaims(ledger, "bench", TimeSpan.FromMinutes(5)),
            sender, new EveryoneHasAManager(), Rules.Calendar, new FixedClock(Now));

    /// <summary>A connector that takes every message at once, so the pass is what is timed.</summary>
    public sealed class Accepting : IPromptSender
    {
        public int Count;

        public Task<Delivery> SendAsync(Prompt prompt, string recipient, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Count);
            return Task.FromResult(Delivery.Sent);
        }
    }

    private sealed class EveryoneHasAManager : IManagerDirectory
    {
        public Task<string?> ManagerOfAsync(string personId, CancellationToken cancellationToken = default) => Task.FromResult<string?>("manager-1");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
