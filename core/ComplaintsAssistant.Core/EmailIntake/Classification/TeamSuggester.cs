namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>
/// Suggests the team an email concerns from the council's own team list: a team named in the text wins (the
/// forwarder's signature often names theirs); otherwise the service the words point to ("pathway plan" → leaving care)
/// is matched to the council's team whose name fits it. A suggestion only: the worker confirms.
/// </summary>
internal static class TeamSuggester
{
    // A service area, the words that point to it, and the words a council's team name for it contains.
    private static readonly (string Service, Phrases Words, string[] NameHints)[] Services =
    [
        ("leaving care", new("care leavers?", "leaving care", "personal adviser", "pathway plan", "staying put", "setting up home", "my pa", "aftercare", "after care", "semi-independent", "university", "18\\+"),
            ["leav", "after", "18+", "young adult"]),
        ("fostering", new("fostering", "foster carers?", "supervising social worker", "fostering allowance", "fostering panel", "carer'?s? allowance", "respite carer"),
            ["foster"]),
        ("adoption", new("adoption", "adopted", "adoptive", "adopters?", "adoption support", "letterbox", "placement order", "life story", "special guardian(ship)?", "sgo"),
            ["adopt"]),
        ("disabled children", new("disab(led|ility|ilities)", "short breaks?", "respite", "direct payments?", "autism", "autistic", "additional needs", "cwd", "care package", "occupational therapy", "sensory"),
            ["disab", "cwd", "additional needs", "short break"]),
        ("child protection", new("child protection", "cp plan", "section 47", "s\\.?47", "core group", "strategy meeting", "conference", "subject to a plan", "safeguarding"),
            ["protect", "safeguard"]),
        ("children in care", new("in care", "looked after", "children's home", "placement", "lac review", "iro", "family time", "contact (with|sessions)", "care order", "residential"),
            ["in care", "looked after", "lac", "cla", "permanence", "corporate parent"]),
        ("early help", new("early help", "family support worker", "family hub", "family intervention", "parenting (course|programme)", "troubled families", "children's centre"),
            ["early help", "family support", "prevent", "intervention"]),
        ("assessment", new("assessment", "referral", "mash", "front door", "duty (team|social worker)", "child and family assessment", "single assessment", "first response"),
            ["assess", "mash", "triage", "front door", "first response", "duty", "referral"]),
    ];

    public static (string Team, string Reason)? Suggest(EmailFacts facts, IReadOnlyList<string> teams)
    {
        if (teams.Count == 0) return null;
        var named = teams.FirstOrDefault(t => t.Length > 3 && facts.Words.Contains(t.ToLowerInvariant(), StringComparison.Ordinal))
            ?? teams.FirstOrDefault(t => t.Length > 3 && facts.Note.Contains(t.ToLowerInvariant(), StringComparison.Ordinal));
        if (named is not null) return (named, $"the email names the {named} team");

        (string Team, string Reason)? best = null;
        int bestCount = 0;
        foreach (var (service, words, hints) in Services)
        {
            var count = words.Count(facts.Words) * 2 + words.Count(facts.Note);
            if (count <= bestCount) continue;
            var team = teams.FirstOrDefault(t => hints.Any(h => t.Contains(h, StringComparison.OrdinalIgnoreCase)));
            if (team is null) continue;
            (best, bestCount) = ((team, $"it speaks of {service} (\"{words.FirstIn(facts.Words) ?? words.FirstIn(facts.Note)}\")"), count);
        }
        return best;
    }
}
