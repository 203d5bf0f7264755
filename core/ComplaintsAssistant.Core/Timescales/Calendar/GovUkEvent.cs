namespace ComplaintsAssistant.Core.Timescales;

/// <param name="Replaces">
/// Only in the embedded one-off file: the rule-computed day this event moves (see <see cref="OneOffDays"/>).
/// </param>
internal sealed record GovUkEvent(BankHoliday Holiday, DateOnly? Replaces);
