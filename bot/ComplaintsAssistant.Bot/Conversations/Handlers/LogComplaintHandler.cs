using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

public sealed class LogComplaintHandler(CaseService cases, People people, ILogger<LogComplaintHandler> logger) : LogHandler(cases, people, logger)
{
    public override string Verb => Verbs.LogComplaint;

    protected override NewCase Read(FormReader form, FormOptions options) => new(
        form.Choice<CaseKind>("kind", "the kind of complaint"),
        form.Date("receivedOn", "the date received"),
        form.Choice<HowReceived>("howReceived", "how it was received"),
        form.Text("team"),
        Owner: form.OptionalText("owner"),
        Complainant: new Complainant(
            form.Choice<ComplainantRelationship>("relationship", "who is complaining"),
            ChildComplainedDirectly: form.Toggle("childComplainedDirectly"),
            SupportedByAdvocate: form.Toggle("supportedByAdvocate"),
            AdvocateService: form.OptionalText("advocateService")),
        ConcernCategories: form.List("concerns"),
        Summary: form.OptionalText("summary"));

    protected override JsonObject Form(FormOptions options, FormValues values, IReadOnlyList<FieldError> errors) => ComplaintFormCard.Build(options, values, errors);
}
