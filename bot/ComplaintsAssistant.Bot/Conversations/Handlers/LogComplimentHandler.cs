using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

/// <summary>A compliment is received today, through Teams.</summary>
public sealed class LogComplimentHandler(CaseService cases, People people, ILogger<LogComplimentHandler> logger) : LogHandler(cases, people, logger)
{
    public override string Verb => Verbs.LogCompliment;

    protected override NewCase Read(FormReader form, FormOptions options) => new(
        CaseKind.Compliment,
        options.Today,
        HowReceived.Teams,
        form.Text("team"),
        Compliment: new ComplimentDetails(form.Text("category"), form.Choice<ComplimentSource>("source", "who it came from"), form.Text("words")));

    protected override JsonObject Form(FormOptions options, FormValues values, IReadOnlyList<FieldError> errors) => ComplimentFormCard.Build(options, values, errors);
}
