namespace ComplaintsAssistant.Core.Timescales;

/// <summary>
/// A day that is not a working day under reg 2 of the Children Act 1989 Representations
/// Procedure (England) Regulations 2006 although it may fall Monday to Friday.
/// </summary>
/// <param name="IsSubstitute">True when the day stands in for a holiday that fell at a weekend.</param>
public sealed record BankHoliday(DateOnly Date, string Title, bool IsSubstitute);
