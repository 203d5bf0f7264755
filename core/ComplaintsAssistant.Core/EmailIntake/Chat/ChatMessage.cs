namespace ComplaintsAssistant.Core.EmailIntake.Chat;

/// <summary>A message in a Teams chat that someone wants to make a case from ("Create case from this message").</summary>
/// <param name="Id">The chat message's id, unique in its conversation.</param>
/// <param name="AuthorName">Who posted it, as Teams shows them; always someone in the council's tenant.</param>
/// <param name="PostedAt">When it was posted.</param>
/// <param name="Text">Its text, already reduced from Teams' HTML.</param>
public sealed record ChatMessage(string Id, string? AuthorName, DateTimeOffset PostedAt, string Text);
