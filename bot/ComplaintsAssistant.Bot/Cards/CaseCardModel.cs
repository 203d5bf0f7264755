using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>What the case card shows.</summary>
/// <param name="Allowed">The changes core's workflow and permissions allow this person now; only these get a button.</param>
/// <param name="Owners">People a case can be handed to.</param>
/// <param name="Notice">What just happened (done, someone else changed it), or null.</param>
/// <param name="Values">What the user last typed into a sub-form, kept when a change is refused.</param>
/// <param name="Refused">The sub-form just refused: it stays open with what was typed and every rule it broke.</param>
/// <param name="OmbudsmanRoute">Once the council's procedure has ended, what a request to escalate is answered with.</param>
public sealed record CaseCardModel(
    CaseView View,
    string OwnerName,
    IReadOnlySet<CaseAction> Allowed,
    IReadOnlyList<Choice> Owners,
    DateOnly Today,
    CardNotice? Notice = null,
    FormValues? Values = null,
    RefusedForm? Refused = null,
    string? OmbudsmanRoute = null);

/// <summary>A line at the top of a card about the last action.</summary>
public sealed record CardNotice(string Text, bool Problem);

/// <summary>A sub-form that was not accepted: which (by its verb) and why.</summary>
public sealed record RefusedForm(string Verb, IReadOnlyList<FieldError> Errors);
