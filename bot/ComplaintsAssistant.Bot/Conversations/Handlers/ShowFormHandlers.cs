using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>Opens a blank log form. A fresh form id makes a repeated submit of the same form one case.</summary>
public abstract class ShowFormHandler(People people) : IVerbHandler
{
    public abstract string Verb { get; }

    protected abstract JsonObject Build(FormOptions options, FormValues values);

    public Task<TurnReply> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var values = context.Values.With("formId", Guid.NewGuid().ToString("N"));
        var card = Build(people.FormOptions(context.Actor), values);
        // A message action ("Log as compliment") shows the card in a dialog, which the channel takes from the replacement card.
        return Task.FromResult(context.Turn.Kind == TurnKind.MessageAction ? new TurnReply([], card) : Replies.NewCard(card));
    }
}

public sealed class ComplaintFormHandler(People people) : ShowFormHandler(people)
{
    public override string Verb => Verbs.ComplaintForm;
    protected override JsonObject Build(FormOptions options, FormValues values) => ComplaintFormCard.Build(options, values);
}

public sealed class MemberEnquiryFormHandler(People people) : ShowFormHandler(people)
{
    public override string Verb => Verbs.MemberEnquiryForm;
    protected override JsonObject Build(FormOptions options, FormValues values) => MemberEnquiryFormCard.Build(options, values);
}

public sealed class InformalFormHandler(People people) : ShowFormHandler(people)
{
    public override string Verb => Verbs.InformalForm;
    protected override JsonObject Build(FormOptions options, FormValues values) => InformalFormCard.Build(options, values);
}

/// <summary>Also the "Log as compliment" message action, with the message's words filled in.</summary>
public sealed class ComplimentFormHandler(People people) : ShowFormHandler(people)
{
    public override string Verb => Verbs.ComplimentForm;
    protected override JsonObject Build(FormOptions options, FormValues values) => ComplimentFormCard.Build(options, values);
}
