using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Classification;
using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Forwarding;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.EmailIntake.Mime;
using ComplaintsAssistant.Core.EmailIntake.Text;
using MimeKit;

namespace ComplaintsAssistant.Core.EmailIntake;

/// <summary>
/// The email intake use case: reads one whole RFC 5322 message and proposes a draft — kind with its reason, the
/// complainant (for a forward, the original author), when the council received it and from which evidence, a team,
/// a summary, and the existing case it belongs to. Never creates or changes a case. Hostile input costs bounded time
/// and memory (<see cref="IntakeLimits"/>) and ends in a draft with warnings or an <see cref="IntakeErrors"/> value.
/// The add-in endpoint and the complaints mailbox reader both call this.
/// </summary>
public sealed class EmailDrafter(EmailIntakeSettings council, IEmailCaseLookup cases, TimeProvider time)
{
    public async Task<Result<EmailDraft>> DraftAsync(Stream message, CancellationToken cancellationToken = default)
    {
        var limits = council.Bounds;
        using var budget = new CancellationTokenSource(limits.Budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await Draft(message, limits, linked.Token, cancellationToken);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return IntakeErrors.TooComplex();
        }
    }

    private async Task<Result<EmailDraft>> Draft(Stream raw, IntakeLimits limits, CancellationToken token, CancellationToken callerToken)
    {
        var bounded = new BoundedStream(raw, limits.MaxMessageBytes);
        var lines = new LineBreakingStream(bounded, limits.MaxLineBytes, limits.MaxHeaders * 10);
        var options = new ParserOptions { MaxMimeDepth = limits.MaxMimeDepth + 4, MaxAddressGroupDepth = 3 };
        MimeMessage parsed;
        try
        {
            parsed = await MimeMessage.LoadAsync(options, lines, persistent: false, token);
        }
        catch (FormatException)
        {
            return bounded.Exceeded ? IntakeErrors.TooLarge(limits.MaxMessageBytes) : IntakeErrors.NotAnEmail();
        }
        if (bounded.Exceeded) return IntakeErrors.TooLarge(limits.MaxMessageBytes);
        if (lines.TooManyHeaderLines) return IntakeErrors.TooManyHeaders(limits.MaxHeaders * 10);
        if (parsed.Headers.Count == 0) return IntakeErrors.NotAnEmail();

        var warnings = new List<IntakeWarning>();
        if (lines.BrokeLines)
            warnings.Add(new("long-lines", $"The email has lines longer than {limits.MaxLineBytes / 1024} KB (mail clients write under 1 KB); they were broken to be read."));
        var email = new MessageReader(limits, warnings, token).Read(parsed);
        token.ThrowIfCancellationRequested();
        var original = OriginalFinder.Find(email, council, warnings);
        var facts = EmailFacts.Of(email, original, council);
        token.ThrowIfCancellationRequested();

        // The store lookups answer for the caller, not the budget: a slow store is not a hostile message.
        var existing = await CaseLinker.FindAsync(email, cases, callerToken);
        var relationshipRead = Relationships.Read(facts.Words, facts.AuthorDomain);
        var decision = Decide(facts, existing, relationshipRead?.Relationship ?? ComplainantRelationship.Parent);
        token.ThrowIfCancellationRequested();

        var complainant = Complainant(facts, decision, relationshipRead, warnings);
        var relationship = complainant.Relationship;
        var received = Received(original, warnings);
        var team = TeamSuggester.Suggest(facts, council.Vocabulary.Teams);
        if (team is null && decision.Kind != DraftKind.NotACase)
            warnings.Add(new("no-team", "Nothing in the email points to one of the council's teams: choose the team."));
        if (LooksForwardedButNoOriginal(email, original))
            warnings.Add(new("forward-not-found", "The subject says this was forwarded, but the forwarded email's header was not found: the complainant and date are the forward's own; check them."));

        return new EmailDraft(
            decision.Kind,
            decision.Reason,
            decision.MemberType,
            decision.MemberName,
            complainant,
            relationship == ComplainantRelationship.ChildOrYoungPerson,
            relationship is { } r && decision.Kind is not DraftKind.NotACase && Relationships.SupportedByAdvocate(facts.Words, r),
            received.Instant,
            received.Day,
            original.Received is null ? ReceivedFrom.IntakeTime : original.ReceivedFrom,
            received.Confidence,
            original.Evidence,
            team?.Team,
            team?.Reason,
            original.Subject,
            Summary.Of(original.Subject, original.Text),
            LanguageGuess.Guess(original.Text),
            email.MessageId,
            existing,
            warnings.Concat(received.Warnings).DistinctBy(w => w.Code).ToArray());
    }

    private static KindDecision Decide(EmailFacts facts, LinkedCase? existing, ComplainantRelationship relationship)
    {
        var notACase = NotACaseRules.Bounce(facts) ?? NotACaseRules.AutoReply(facts) ?? NotACaseRules.Mailing(facts) ?? NotACaseRules.Phishing(facts);
        if (notACase is not null) return notACase;
        if (existing is not null && CaseLinker.KindOf(existing.Reference) is { } kind)
            return new(kind.ToDraftKind(), existing.Link switch
            {
                CaseLink.SameMessage => $"Already a case: this email is {existing.Reference}.",
                CaseLink.ReferenceInSubject => $"Belongs to {existing.Reference}: the subject quotes its reference. Link it to that case.",
                _ => $"Belongs to {existing.Reference}: it replies to an email kept with that case. Link it to that case.",
            });
        return OmbudsmanRule.Decide(facts)
            ?? MemberRule.Decide(facts)
            ?? NotACaseRules.InternalAdmin(facts, RepresentationRules.HasRepresentationWords(facts))
            ?? RepresentationRules.Decide(facts, relationship);
    }

    private static DraftComplainant Complainant(EmailFacts facts, KindDecision decision,
        (ComplainantRelationship Relationship, string Phrase)? read, List<IntakeWarning> warnings)
    {
        // A councillor writes from a council address too: they, not staff, are the enquirer.
        if (decision.Kind == DraftKind.MemberEnquiry)
            return new(facts.Original.Author?.Name ?? decision.MemberName, facts.Original.Author?.Address, ComplainantRelationship.ElectedMember);
        var author = facts.Original.FromCouncil ? null : facts.Original.Author;
        if (decision.Kind == DraftKind.NotACase) return new(author?.Name, author?.Address, null);
        if (decision.Kind == DraftKind.OmbudsmanEnquiry) return new(null, null, null);
        if (read is null)
            warnings.Add(new("relationship-guessed", "The email does not say who the writer is to the child: parent or relative (the commonest) was assumed; check it."));
        if (author is null && facts.Original.FromCouncil)
            warnings.Add(new("complainant-unknown", "The email was written by council staff and names no complainant's address: add who made it."));
        return new(author?.Name, author?.Address, read?.Relationship ?? ComplainantRelationship.Parent);
    }

    private DateReading Received(Original original, List<IntakeWarning> warnings)
    {
        if (original.Received is { } received) return received;
        warnings.Add(new("no-date", "The email carries no date the intake could read: the time it was read is used; enter when it really arrived."));
        return DateReading.Stamped(time.GetUtcNow(), DateConfidence.Low);
    }

    private static bool LooksForwardedButNoOriginal(ReadEmail email, Original original) =>
        !original.Forwarded && original.FromCouncil && email.Attached.Count == 0
        && System.Text.RegularExpressions.Regex.IsMatch(email.Subject, @"^\s*(fw|fwd|tr|wg|pd)\s?:", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
