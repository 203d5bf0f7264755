using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

public sealed class LogInformalHandler(CaseService cases, People people, ILogger<LogInformalHandler> logger) : LogHandler(cases, people, logger)
{
    public override string Verb => Verbs.LogInformal;

    protected override NewCase Read(FormReader form, FormOptions options) => new(
        CaseKind.InformalRepresentation,
        form.Date("receivedOn", "the date received"),
        form.Choice<HowReceived>("howReceived", "how it was received"),
        form.Text("team"),
        Owner: form.OptionalText("owner"),
        Complainant: form.OptionalChoice<ComplainantRelationship>("relationship", "who is complaining") is { } relationship ? new Complainant(relationship) : null,
        Summary: form.OptionalText("summary"));

    protected override JsonObject Form(FormOptions options, FormValues values, IReadOnlyList<FieldError> errors) => InformalFormCard.Build(options, values, errors);
}
