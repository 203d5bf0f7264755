namespace ComplaintsAssistant.Bot.Cards;

/// <summary>Why a form was not accepted, shown on the form itself.</summary>
/// <param name="InputId">The input at fault, when the form has one by that id; the message then also appears beside it.</param>
/// <param name="Message">The rule, in words the user can act on (from core's DomainError).</param>
public sealed record FieldError(string? InputId, string Message);
