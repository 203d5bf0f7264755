using ComplaintsAssistant.Core.Common;

namespace ComplaintsAssistant.Core.Reports.Lgsco;

/// <summary>What the officer posted, checked before anything is written: one self-assessment row for every provision of
/// the Code, each answered yes or no with its evidence (and, where the council does not comply, what it will do), and
/// the Ombudsman's letter figures as whole numbers and percentages. Each error names the provision or figure to put right.</summary>
public static class LgscoEntriesCheck
{
    public const int LongestText = 4000;

    public static DomainError? Problems(LgscoEntries? entries)
    {
        if (entries is null)
            return DomainError.Invalid("selfAssessment", "entries-required", "Send the self-assessment and the Ombudsman's letter figures as JSON with the request.");
        return DomainError.Combine([.. SelfAssessment(entries.SelfAssessment ?? []), .. Letter(entries.OmbudsmanLetter)]);
    }

    private static IEnumerable<DomainError?> SelfAssessment(IReadOnlyList<SelfAssessmentEntry> rows)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var at = $"selfAssessment[{i}]";
            if (CodeProvisions.Find(row.Provision) is not { } provision)
            {
                yield return DomainError.Invalid($"{at}.provision", "unknown-provision", string.IsNullOrWhiteSpace(row.Provision)
                    ? $"Row {i + 1} of the self-assessment doesn't say which provision of the Code it answers ({Ids})."
                    : $"\"{row.Provision.Trim()}\" is not a provision of the Code. The provisions are {Ids}.");
                continue;
            }
            if (!seen.Add(provision.Id))
                yield return DomainError.Invalid($"{at}.provision", "duplicate-provision",
                    $"The self-assessment answers {provision.Name} twice: keep one row for it.");
            if (row.Complies is null)
                yield return DomainError.Invalid($"{at}.complies", "complies-required", $"Say whether the council complies with {provision.Name}: yes or no.");
            if (string.IsNullOrWhiteSpace(row.Evidence))
                yield return DomainError.Invalid($"{at}.evidence", "evidence-required", $"Give the evidence for {provision.Name}, for example the policy's paragraph or the figures.");
            if (row.Complies == false && string.IsNullOrWhiteSpace(row.Commentary))
                yield return DomainError.Invalid($"{at}.commentary", "commentary-required",
                    $"The council does not comply with {provision.Name}: say in the commentary what it will do and by when.");
            foreach (var (name, text) in new[] { ("evidence", row.Evidence), ("commentary", row.Commentary) })
                if (text is { Length: > LongestText })
                    yield return DomainError.Invalid($"{at}.{name}", "too-long", $"The {name} for {provision.Name} is longer than {LongestText} characters.");
        }
        foreach (var missing in CodeProvisions.All.Where(p => !seen.Contains(p.Id)))
            yield return DomainError.Invalid($"selfAssessment.{missing.Id}", "provision-missing", $"The self-assessment has no row for {missing.Name}.");
    }

    private static IEnumerable<DomainError?> Letter(OmbudsmanLetter? letter)
    {
        if (letter is null)
        {
            yield return DomainError.Invalid("ombudsmanLetter", "letter-required",
                "Enter the figures from the Ombudsman's annual review letter for the year (complaints received, referred back, closed after assessment, investigated, upheld %).");
            yield break;
        }
        (string Field, string Words, int? Value, bool Required, bool Percent)[] figures =
        [
            ("received", "complaints and enquiries received", letter.Received, true, false),
            ("referredBack", "complaints referred back for local resolution", letter.ReferredBack, true, false),
            ("closedAfterAssessment", "complaints closed after initial enquiries", letter.ClosedAfterAssessment, true, false),
            ("investigated", "complaints investigated", letter.Investigated, true, false),
            ("upheldPercent", "the percentage upheld", letter.UpheldPercent, true, true),
            ("similarCouncilsUpheldPercent", "similar councils' percentage upheld", letter.SimilarCouncilsUpheldPercent, false, true),
            ("satisfactoryRemedyPercent", "the percentage with a satisfactory remedy from the council", letter.SatisfactoryRemedyPercent, false, true),
            ("similarCouncilsRemedyPercent", "similar councils' percentage with a satisfactory remedy", letter.SimilarCouncilsRemedyPercent, false, true),
            ("compliancePercent", "compliance with the Ombudsman's recommendations", letter.CompliancePercent, false, true),
            ("similarCouncilsCompliancePercent", "similar councils' compliance with recommendations", letter.SimilarCouncilsCompliancePercent, false, true),
        ];
        foreach (var (field, words, value, required, percent) in figures)
        {
            if (value is null && required)
                yield return DomainError.Invalid($"ombudsmanLetter.{field}", "letter-figure-required", $"Enter {words} from the Ombudsman's letter.");
            else if (value < 0 || (percent && value > 100))
                yield return DomainError.Invalid($"ombudsmanLetter.{field}", percent ? "percent-range" : "count-range",
                    percent ? $"{Sentences.Capital(words)} must be a percentage from 0 to 100." : $"{Sentences.Capital(words)} can't be less than 0.");
        }
    }

    private static string Ids => Sentences.List(CodeProvisions.All.Select(p => p.Id));
}
