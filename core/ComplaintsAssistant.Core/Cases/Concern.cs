namespace ComplaintsAssistant.Core.Cases;

/// <summary>One point of complaint. A complaint may raise the same category more than once;
/// each concern keeps its own number so its outcome can be recorded at every stage.</summary>
/// <param name="Number">1-based, stable for the life of the case.</param>
/// <param name="Category">From the council's configured list, e.g. "Lack of communication".</param>
public sealed record Concern(int Number, string Category, string? Summary = null);

/// <summary>The finding on one concern at one stage.</summary>
public sealed record ConcernOutcome(int ConcernNumber, Outcome Outcome);
