using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

public sealed class LogMemberEnquiryHandler(CaseService cases, People people, ILogger<LogMemberEnquiryHandler> logger) : LogHandler(cases, people, logger)
{
    public override string Verb => Verbs.LogMemberEnquiry;

    protected override NewCase Read(FormReader form, FormOptions options) => new(
        CaseKind.MemberEnquiry,
        form.Date("receivedOn", "the date received"),
        form.Choice<HowReceived>("howReceived", "how it was received"),
        form.Text("team"),
        Owner: form.OptionalText("owner"),
        Complainant: new Complainant(ComplainantRelationship.ElectedMember),
        Member: new MemberDetails(form.Choice<MemberType>("memberType", "the member"), form.Text("memberName")),
        Summary: form.OptionalText("summary"));

    protected override JsonObject Form(FormOptions options, FormValues values, IReadOnlyList<FieldError> errors) => MemberEnquiryFormCard.Build(options, values, errors);
}
