namespace ComplaintsAssistant.Core.EmailIntake.Text;

/// <summary>A link in an HTML body: kept only as evidence for the phishing rule, never shown as a link.</summary>
/// <param name="Target">The href as written (including <c>javascript:</c> ones, which are what give phishing away).</param>
/// <param name="Shown">The link's text as the reader saw it.</param>
public sealed record Link(string Target, string Shown);
