using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Chat;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>"Create case from this message" (Teams message action <c>createCase</c>): the intake drafts from the chat
/// message, and the log form for the kind it suggests opens in a dialog filled in from the draft, with the reason and what
/// to check above it. The form's id is the chat message's, so creating twice from one message gives the one case.
/// A case typed to the bot (<see cref="TypedCase"/>) is drafted the same way and its form posted in the chat.</summary>
public sealed class CaseFromMessageHandler(ChatMessageDrafter drafter, People people, TimeProvider time) : IVerbHandler
{
    public string Verb => Verbs.CaseFromMessage;

    public async Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var given = context.Values;
        var postedAt = DateTimeOffset.TryParse(given["postedAt"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : time.GetUtcNow();
        var message = new ChatMessage(given["messageId"] ?? "", given["author"], postedAt, given["words"] ?? "");
        var drafted = await drafter.DraftAsync(message, cancellationToken);
        if (drafted.Error is { } unreadable)
            return new TurnReply([], NoticeCard.Build("I can't read this message", unreadable.Message, problem: true));

        var draft = drafted.Value;
        if (Enum.TryParse<DraftKind>(given["named"], out var named)) draft = AsNamed(draft, named);
        else if (given["typed"] == "true" && draft.Kind is DraftKind.NotACase or DraftKind.Comment)
            return Replies.NewCard(WhichKindCard.Build(message.Text));
        var dialog = given["dialog"] == "true";
        var values = Values(draft, message, dialog);
        var options = people.FormOptions(context.Actor);
        var card = draft.Kind switch
        {
            DraftKind.MemberEnquiry => MemberEnquiryFormCard.Build(options, values),
            DraftKind.InformalRepresentation => InformalFormCard.Build(options, values),
            DraftKind.Compliment => ComplimentFormCard.Build(options, values),
            _ => ComplaintFormCard.Build(options, values),
        };
        DraftNote.AddTo(card, draft);
        return dialog ? new TurnReply([], card) : Replies.NewCard(card);
    }

    /// <summary>What the person typed first ("Log a complaint: …") wins over what the intake reads into the words; a complaint
    /// keeps the intake's statutory or corporate.</summary>
    private static EmailDraft AsNamed(EmailDraft draft, DraftKind named) =>
        draft.Kind == named || (named == DraftKind.StatutoryComplaint && draft.Kind == DraftKind.CorporateComplaint)
            ? draft
            : draft with { Kind = named, KindReason = "You said so at the start of your message." };

    private static FormValues Values(EmailDraft draft, ChatMessage message, bool dialog)
    {
        var values = FormValues.Empty
            .With("formId", message.Id.Length > 0 ? "teams-message-" + message.Id : Guid.NewGuid().ToString("N"))
            .With("dialog", dialog ? "true" : "false")
            .With("receivedOn", Words.Iso(draft.ReceivedOn))
            .With("howReceived", nameof(HowReceived.Teams))
            .With("summary", draft.Summary)
            .With("words", message.Text)
            .With("childComplainedDirectly", draft.ChildComplainedDirectly ? "true" : "false")
            .With("supportedByAdvocate", draft.SupportedByAdvocate ? "true" : "false");
        if (draft.Kind.ToCaseKind() is CaseKind.StatutoryComplaint or CaseKind.CorporateComplaint) values = values.With("kind", draft.Kind.ToCaseKind()!.Value.ToString());
        if (draft.Team is { } team) values = values.With("team", team);
        if (draft.Complainant.Relationship is { } relationship) values = values.With("relationship", relationship.ToString());
        if (draft.MemberType is { } member) values = values.With("memberType", member.ToString());
        if (draft.MemberName is { } name) values = values.With("memberName", name);
        return values;
    }
}
