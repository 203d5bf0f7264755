using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>What someone's own words make it: a compliment, a complaint (statutory or corporate), a concern to
/// resolve informally, or a comment. Read from the original's words, and from the forwarder's note when a member of
/// staff says what it is ("please log this as a compliment").</summary>
internal static class RepresentationRules
{
    public static bool HasRepresentationWords(EmailFacts facts) =>
        Lexicon.Complaint.In(facts.Words) || Lexicon.Compliment.In(facts.Words) || Lexicon.Concern.In(facts.Words) || Lexicon.Comment.In(facts.Words);

    public static KindDecision Decide(EmailFacts facts, ComplainantRelationship relationship)
    {
        var words = facts.Words;
        var complaint = Lexicon.Complaint.FirstIn(words);
        var complaints = Lexicon.Complaint.Count(words);
        var praise = Lexicon.Compliment.Count(words);
        var notFormal = Lexicon.NotFormal.FirstIn(words);

        if (StaffSays(facts) is { } said) return said(relationship);

        if (praise > 0 && praise >= complaints * 2 && (complaints == 0 || praise >= 3))
            return new(DraftKind.Compliment, $"Compliment: it says \"{Lexicon.Compliment.FirstIn(words)}\" and raises no complaint.");
        if (notFormal is not null)
            return new(DraftKind.InformalRepresentation, $"Informal representation: it says \"{notFormal}\", so a concern to resolve without a formal complaint.");
        if (complaint is not null)
            return Eligibility.Decide(facts, complaint, relationship);
        if (Lexicon.Concern.FirstIn(words) is { } concern)
            return new(DraftKind.InformalRepresentation, $"Informal representation: it raises a concern (\"{concern}\") without asking for a formal complaint.");
        if (praise > 0)
            return new(DraftKind.Compliment, $"Compliment: it says \"{Lexicon.Compliment.FirstIn(words)}\".");
        if (Lexicon.Comment.FirstIn(words) is { } comment)
            return new(DraftKind.Comment, $"Comment: it offers \"{comment}\" rather than a complaint or praise.");
        return new(DraftKind.InformalRepresentation, "Informal representation: no complaint, praise or suggestion is recognised in it; check what the sender wants.");
    }

    // The forwarder's own words: staff often say what they are passing on.
    private static Func<ComplainantRelationship, KindDecision>? StaffSays(EmailFacts facts)
    {
        var note = facts.Note;
        if (note.Length == 0) return null;
        if (Said(note, "compliment", "thank you card", "lovely feedback", "positive feedback", "kind words") is { } c)
            return _ => new(DraftKind.Compliment, $"Compliment: the member of staff who forwarded it calls it \"{c}\".");
        if (Said(note, "informal", "initial feedback", "resolve this informally", "not a formal complaint") is { } i)
            return _ => new(DraftKind.InformalRepresentation, $"Informal representation: the member of staff who forwarded it says \"{i}\".");
        if (Said(note, "formal complaint", "stage 1 complaint", "log this as a complaint", "log as a complaint", "wants to complain", "wishes to complain", "is a complaint") is { } f)
            return relationship =>
            {
                var decided = Eligibility.Decide(facts, f, relationship);
                return decided with { Reason = decided.Reason.Replace("it says", "the member of staff who forwarded it says", StringComparison.Ordinal) };
            };
        return null;
    }

    private static string? Said(string note, params string[] phrases) =>
        phrases.FirstOrDefault(p => note.Contains(p, StringComparison.Ordinal));
}
