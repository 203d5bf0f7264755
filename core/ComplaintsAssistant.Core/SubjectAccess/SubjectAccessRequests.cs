using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.SubjectAccess;

/// <summary>Recording and listing subject access requests, for the complaints team, each with its due date.</summary>
public sealed class SubjectAccessRequests(ISubjectAccessRequests store, ICaseStore sequences, ClockRules rules, TimeProvider time)
{
    public async Task<Result<SubjectAccessRequestView>> RecordAsync(Actor actor, NewSubjectAccessRequest input, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        var checkedInput = Check(input);
        if (checkedInput.Error is { } invalid) return invalid;

        var receivedOn = input.ReceivedOn!.Value;
        var number = await sequences.NextSequenceAsync($"SAR-{receivedOn.Year}", cancellationToken);
        var request = new SubjectAccessRequest(Guid.NewGuid(), $"SAR-{receivedOn.Year}-{number:0000}", input.Requester!.Trim(), Blank(input.Email),
            Blank(input.Phone), receivedOn, input.IdentityConfirmedOn, input.ExtensionToldOn, actor.Id, time.GetUtcNow());
        await store.AddAsync(request, cancellationToken);
        return View(request);
    }

    public async Task<Result<IReadOnlyList<SubjectAccessRequestView>>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        return (await store.ListAsync(cancellationToken)).Select(View).ToArray();
    }

    public async Task<Result<SubjectAccessRequest>> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (OfficersOnly(actor) is { } refused) return refused;
        return await store.GetAsync(id, cancellationToken) is { } request ? request : DomainError.NotFound($"Subject access request {id}");
    }

    /// <summary>Records the day the pack was sent: the request's clock stops.</summary>
    public async Task<Result<SubjectAccessRequestView>> AnswerAsync(Actor actor, Guid id, DateOnly? answeredOn, CancellationToken cancellationToken = default)
    {
        var found = await GetAsync(actor, id, cancellationToken);
        if (found.Error is { } refused) return refused;
        var request = found.Value;
        if (request.AnsweredOn is { } already)
            return DomainError.Refused("already-answered", $"{request.Reference} was answered on {UkDate.InWords(already)}.");
        var invalid = answeredOn is null ? DomainError.Invalid("answeredOn", "answered-required", "Give the date the pack was sent.")
            : answeredOn < request.ReceivedOn ? DomainError.Invalid("answeredOn", "answered-after-received", $"The request can't be answered before it was received ({UkDate.InWords(request.ReceivedOn)}).")
            : answeredOn > UkDate.Today(time) ? DomainError.Invalid("answeredOn", "answered-not-future", "The date answered can't be in the future.")
            : null;
        if (invalid is not null) return invalid;
        var answered = request with { AnsweredOn = answeredOn };
        await store.ReplaceAsync(answered, cancellationToken);
        return View(answered);
    }

    public SubjectAccessRequestView View(SubjectAccessRequest request) =>
        new(request.Id, request.Reference, request.Requester, request.Email, request.Phone, request.ReceivedOn, request.IdentityConfirmedOn,
            request.ExtensionToldOn, request.DueOn(rules.Calendar), request.RecordedBy, request.RecordedAt, request.AnsweredOn);

    internal static DomainError? OfficersOnly(Actor actor) =>
        actor.Role == Role.ComplaintsOfficer ? null : DomainError.Forbidden("Only the complaints team can handle subject access requests.");

    /// <summary>Every rule the request breaks, together: the form shows them all at once.</summary>
    private Result<SubjectAccessClock> Check(NewSubjectAccessRequest input)
    {
        var today = UkDate.Today(time);
        var errors = new List<DomainError?>
        {
            string.IsNullOrWhiteSpace(input.Requester) ? DomainError.Invalid("requester", "requester-required", "Give the name of the person asking for their records.") : null,
            input.ReceivedOn is null ? DomainError.Invalid("receivedOn", "received-required", "Give the date the request was received.")
            : input.ReceivedOn > today ? DomainError.Invalid("receivedOn", "received-not-future", "The date received can't be in the future.") : null,
            new PersonQuery(Email: input.Email).Keys().Error is { Field: "email" } email ? email : null,
            new PersonQuery(Phone: input.Phone).Keys().Error is { Field: "phone" } phone ? phone : null,
        };
        if (DomainError.Combine(errors) is { } broken) return broken;

        var clock = SubjectAccessClock.Received(input.ReceivedOn!.Value);
        if (input.IdentityConfirmedOn is { } confirmed)
        {
            var waited = clock.WaitedFor(confirmed);
            if (waited.Error is { } early) return early with { Field = "identityConfirmedOn" };
            clock = waited.Value;
        }
        if (input.ExtensionToldOn is not { } told) return clock;
        var extended = clock.Extend(told, rules.Calendar);
        if (extended.Error is { } late) return late with { Field = "extensionToldOn" };
        return extended;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A subject access request as officers see it, with the day it must be answered by.</summary>
public sealed record SubjectAccessRequestView(
    Guid Id,
    string Reference,
    string Requester,
    string? Email,
    string? Phone,
    DateOnly ReceivedOn,
    DateOnly? IdentityConfirmedOn,
    DateOnly? ExtensionToldOn,
    DateOnly DueOn,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateOnly? AnsweredOn);
