using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintsAssistant.Bot.Api.Requests;
using ComplaintsAssistant.Bot.Retention;
using ComplaintsAssistant.Bot.SubjectAccess;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.Import;
using ComplaintsAssistant.Core.Reports.Lgsco;
using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Source-generated JSON metadata for the /api bodies and answers: without it the host builds each type's metadata by
/// reflection and emitted code when the endpoints are built, over a thousand methods compiled before the first reply. It runs
/// under the API's own options (camelCase enums, null omitted, unknown fields refused), first in their resolver chain;
/// a type not listed here still works through the reflection resolver after it, only slower. The exact declared types matter:
/// <c>ApiJsonContextTests</c> fails for an endpoint's body or answer that is missing.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
// Request bodies.
[JsonSerializable(typeof(LogCaseRequest))]
[JsonSerializable(typeof(AcknowledgeRequest))]
[JsonSerializable(typeof(StatementAgreedRequest))]
[JsonSerializable(typeof(ResponseRequest))]
[JsonSerializable(typeof(ExtensionRequest))]
[JsonSerializable(typeof(ReassignRequest))]
[JsonSerializable(typeof(EscalationRequest))]
[JsonSerializable(typeof(NextStageRequest))]
[JsonSerializable(typeof(RefusalRequest))]
[JsonSerializable(typeof(AdrRequest))]
[JsonSerializable(typeof(PanelHearingRequest))]
[JsonSerializable(typeof(RecommendationsRequest))]
[JsonSerializable(typeof(OmbudsmanFindingRequest))]
[JsonSerializable(typeof(CloseRequest))]
[JsonSerializable(typeof(WithdrawRequest))]
[JsonSerializable(typeof(PaymentRequest))]
[JsonSerializable(typeof(LearningActionRequest))]
[JsonSerializable(typeof(LearningUpdateRequest))]
[JsonSerializable(typeof(PlaceHoldRequest))]
[JsonSerializable(typeof(ApproveDisposalsRequest))]
[JsonSerializable(typeof(LgscoEntries))]
[JsonSerializable(typeof(NewSubjectAccessRequest))]
[JsonSerializable(typeof(AnsweredRequest))]
// Answers, as the endpoints declare them.
[JsonSerializable(typeof(CaseView))]
[JsonSerializable(typeof(IReadOnlyList<CaseSummary>))]
[JsonSerializable(typeof(CouncilView))]
[JsonSerializable(typeof(IReadOnlyList<BankHoliday>))]
[JsonSerializable(typeof(IReadOnlyList<LearningActionEntry>))]
[JsonSerializable(typeof(EmailDraftView))]
[JsonSerializable(typeof(KeptEmailView))]
[JsonSerializable(typeof(IReadOnlyList<KeptEmail>))]
[JsonSerializable(typeof(OwnerChoice))]
[JsonSerializable(typeof(OwnerChoice[]))]
[JsonSerializable(typeof(RetentionScheduleView))]
[JsonSerializable(typeof(LegalHold))]
[JsonSerializable(typeof(IReadOnlyList<LegalHold>))]
[JsonSerializable(typeof(IReadOnlyList<DisposalEntry>))]
[JsonSerializable(typeof(IReadOnlyList<DisposalRecord>))]
[JsonSerializable(typeof(ImportSummary))]
[JsonSerializable(typeof(FigureAnswer))]
[JsonSerializable(typeof(List<FigureAnswer>))]
[JsonSerializable(typeof(IReadOnlyList<CaseRead>))]
[JsonSerializable(typeof(IReadOnlyList<PersonFound>))]
[JsonSerializable(typeof(SubjectAccessRequestView))]
[JsonSerializable(typeof(IReadOnlyList<SubjectAccessRequestView>))]
// What the stores answer an IReadOnlyList with (arrays, lists): ASP.NET Core writes a value whose declared type is neither
// sealed nor its runtime type as object, which looks up the runtime type.
[JsonSerializable(typeof(CaseSummary[]))]
[JsonSerializable(typeof(List<CaseSummary>))]
[JsonSerializable(typeof(BankHoliday[]))]
[JsonSerializable(typeof(List<BankHoliday>))]
[JsonSerializable(typeof(LearningActionEntry[]))]
[JsonSerializable(typeof(List<LearningActionEntry>))]
[JsonSerializable(typeof(KeptEmail[]))]
[JsonSerializable(typeof(List<KeptEmail>))]
[JsonSerializable(typeof(LegalHold[]))]
[JsonSerializable(typeof(List<LegalHold>))]
[JsonSerializable(typeof(DisposalEntry[]))]
[JsonSerializable(typeof(List<DisposalEntry>))]
[JsonSerializable(typeof(DisposalRecord[]))]
[JsonSerializable(typeof(List<DisposalRecord>))]
[JsonSerializable(typeof(CaseRead[]))]
[JsonSerializable(typeof(List<CaseRead>))]
[JsonSerializable(typeof(PersonFound[]))]
[JsonSerializable(typeof(List<PersonFound>))]
[JsonSerializable(typeof(SubjectAccessRequestView[]))]
[JsonSerializable(typeof(List<SubjectAccessRequestView>))]
// The "errors" extension of a refusal (ApiProblems), field → messages; ProblemDetails itself has the framework's own context.
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
