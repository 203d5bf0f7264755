using System.Diagnostics;
using System.Diagnostics.Metrics;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Core.Deadlines;

namespace ComplaintsAssistant.Bot.Hosting;

/// <summary>The host's own traces and metrics, one <see cref="ActivitySource"/> and one <see cref="Meter"/> named
/// <see cref="Name"/>. Tags are kinds, verbs, operations, status codes and clocks: never text anybody typed, never a name
/// (telemetry leaves the council's control as logs do).</summary>
public static class Telemetry
{
    public const string Name = "ComplaintsAssistant";

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("complaints.turns", description: "Chat turns handled");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("complaints.turn.duration", "s", "Time to handle a chat turn and send its reply");
    private static readonly Counter<long> ConnectorCalls = Meter.CreateCounter<long>("complaints.connector.calls", description: "Calls to the Bot Connector, each attempt");
    private static readonly Counter<long> PromptSends = Meter.CreateCounter<long>("complaints.prompts", description: "Deadline prompts sent or left undelivered");
    private static readonly Histogram<double> StoreDuration = Meter.CreateHistogram<double>("complaints.store.duration", "s", "Time the case store took to answer");
    private static readonly Histogram<double> StoreCharge = Meter.CreateHistogram<double>("complaints.store.request_charge", "RU", "Cosmos request units per SDK request");

    /// <summary>The store operation under way on this call path, so a Cosmos request's charge is told against it.</summary>
    private static readonly AsyncLocal<string?> StoreOperation = new();

    /// <summary>Verbs a card or message action can carry. Anything else (a verb is client input) is counted as "other".</summary>
    private static readonly HashSet<string> KnownVerbs = typeof(Verbs).GetFields().Concat(typeof(MessageActions).GetFields())
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Starts the span of one chat turn; the caller ends it (and records it) with <see cref="TurnDone"/>.</summary>
    public static Activity? StartTurn(Turn? turn)
    {
        var activity = Source.StartActivity("turn");
        activity?.SetTag("turn.kind", KindOf(turn));
        activity?.SetTag("turn.verb", VerbOf(turn));
        return activity;
    }

    public static void TurnDone(Activity? activity, Turn? turn, TimeSpan elapsed, string outcome)
    {
        activity?.SetTag("outcome", outcome);
        if (outcome != "ok") activity?.SetStatus(ActivityStatusCode.Error);
        var tags = new TagList { { "turn.kind", KindOf(turn) }, { "turn.verb", VerbOf(turn) }, { "outcome", outcome } };
        Turns.Add(1, tags);
        TurnDuration.Record(elapsed.TotalSeconds, tags);
    }

    public static void ConnectorCalled(string operation, int statusCode) =>
        ConnectorCalls.Add(1, new TagList { { "operation", operation }, { "http.response.status_code", statusCode } });

    public static void PromptSent(PromptClock clock, int threshold, PromptAudience audience, string outcome) =>
        PromptSends.Add(1, new TagList
        {
            { "prompt.clock", clock.ToString() }, { "prompt.threshold", threshold }, { "prompt.audience", audience.ToString() },
            { "outcome", outcome },
        });

    public static void StoreCalled(string operation, TimeSpan elapsed, string outcome) =>
        StoreDuration.Record(elapsed.TotalSeconds, new TagList { { "operation", operation }, { "outcome", outcome } });

    /// <summary>Marks the store operation the calls on this path belong to, until the returned scope is disposed.</summary>
    public static IDisposable InStoreOperation(string operation)
    {
        var outer = StoreOperation.Value;
        StoreOperation.Value = operation;
        return new Restore(() => StoreOperation.Value = outer);
    }

    /// <summary>One Cosmos request's charge, against the store operation under way ("other": start-up, readiness set-up).</summary>
    public static void StoreCharged(double requestUnits) =>
        StoreCharge.Record(requestUnits, new TagList { { "operation", StoreOperation.Value ?? "other" } });

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>"send" for work that only delivers (prompts, card updates), not a turn somebody took.</summary>
    private static string KindOf(Turn? turn) => turn?.Kind.ToString() ?? "send";

    private static string VerbOf(Turn? turn) => turn?.Verb switch
    {
        null => "none",
        { } verb when KnownVerbs.Contains(verb) => verb,
        { } verb when verb.StartsWith(SnoozeForm.Prefix, StringComparison.Ordinal) => SnoozeForm.Prefix + "*",
        _ => "other",
    };
}
