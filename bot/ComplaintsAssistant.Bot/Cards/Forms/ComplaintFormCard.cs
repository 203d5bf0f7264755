using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Log a statutory or corporate complaint: the fields domain.md lists for the annual report.</summary>
public static class ComplaintFormCard
{
    public static JsonObject Build(FormOptions options, FormValues values, IReadOnlyList<FieldError>? errors = null)
    {
        var kinds = new[]
        {
            new Choice("Statutory (Children Act 1989 procedure)", nameof(CaseKind.StatutoryComplaint)),
            new Choice("Corporate (council procedure)", nameof(CaseKind.CorporateComplaint)),
        };
        JsonObject[] inputs =
        [
            Inputs.Choices("kind", "Kind of complaint", kinds, values.Or("kind", nameof(CaseKind.StatutoryComplaint))),
            FormParts.Team(options, values),
            FormParts.ReceivedOn(options, values),
            FormParts.HowReceived(values, HowReceived.Email),
            FormParts.Relationship(values),
            Inputs.Toggle("childComplainedDirectly", "The child or young person complained themselves", values["childComplainedDirectly"] == "true"),
            Inputs.Toggle("supportedByAdvocate", "An advocate supported them", values["supportedByAdvocate"] == "true"),
            Inputs.Text("advocateService", "Advocacy service (if any)", values["advocateService"]),
            Inputs.Choices("concerns", "Concerns raised (choose one or more)", options.ConcernCategories.Select(c => new Choice(c, c)),
                values["concerns"], multiSelect: true),
            FormParts.Owner(options, values),
            FormParts.Summary(values),
        ];
        return FormParts.Form("Log a complaint",
            "The response clock starts from the date received; you'll get the reference and the due date.",
            inputs, FormParts.Submit("Log complaint", Verbs.LogComplaint, values), errors);
    }
}
