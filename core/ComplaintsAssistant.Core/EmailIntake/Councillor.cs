namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>An elected member of the council, to recognise their enquiries (many write from personal addresses).</summary>
/// <param name="Emails">Every address they write from; may be empty when only the name is known.</param>
public sealed record Councillor(string Name, IReadOnlyList<string> Emails);
