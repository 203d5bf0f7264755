namespace ComplaintsAssistant.Core.Reports.Lgsco;

/// <summary>What the officer enters for the Code report, posted with the request: the self-assessment and the figures
/// from the Ombudsman's annual review letter (which the council receives, not computes).</summary>
public sealed record LgscoEntries(IReadOnlyList<SelfAssessmentEntry>? SelfAssessment, OmbudsmanLetter? OmbudsmanLetter);

/// <param name="Provision">The provision's id ("6a").</param>
/// <param name="Complies">Yes or no.</param>
/// <param name="Evidence">Where it shows (the policy's paragraph, the figures).</param>
/// <param name="Commentary">Explanation; for a provision not complied with, what the council will do and by when.</param>
public sealed record SelfAssessmentEntry(string? Provision, bool? Complies, string? Evidence, string? Commentary);

/// <summary>The Ombudsman's annual review letter for the year, as printed in it.</summary>
/// <param name="Received">Complaints and enquiries received about the council.</param>
/// <param name="ReferredBack">Not for the Ombudsman yet: referred back to the council for local resolution.</param>
/// <param name="ClosedAfterAssessment">Assessed and closed after initial enquiries.</param>
/// <param name="UpheldPercent">Of those investigated.</param>
/// <param name="SimilarCouncilsUpheldPercent">The average for similar councils, as the letter gives it.</param>
/// <param name="SatisfactoryRemedyPercent">Upheld cases where the council had already offered a satisfactory remedy.</param>
/// <param name="CompliancePercent">Compliance with the Ombudsman's recommendations.</param>
public sealed record OmbudsmanLetter(
    int? Received,
    int? ReferredBack,
    int? ClosedAfterAssessment,
    int? Investigated,
    int? UpheldPercent,
    int? SimilarCouncilsUpheldPercent = null,
    int? SatisfactoryRemedyPercent = null,
    int? SimilarCouncilsRemedyPercent = null,
    int? CompliancePercent = null,
    int? SimilarCouncilsCompliancePercent = null);
