using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.Extensions.Logging;

namespace ComplaintsAssistant.Bot.Conversations.Handlers;

public sealed class WithdrawHandler(CaseService cases, CaseCards cards, ILogger<WithdrawHandler> logger) : CaseChangeHandler(cases, cards, logger)
{
    public override string Verb => Verbs.Withdraw;
    protected override string Prefix => "withdraw.";

    protected override CaseCommand Read(FormReader form, DateOnly today) =>
        new Withdraw(form.Date("withdrawnOn", "the date withdrawn", today), form.Text("reason"));

    protected override string Done(CaseView view) => $"{view.Case.Reference} withdrawn.";
}
