using System.Text.Json.Nodes;
using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Bot.Cards.Forms;

/// <summary>Log an enquiry from an MP, MEP or councillor on behalf of a constituent.</summary>
public static class MemberEnquiryFormCard
{
    public static JsonObject Build(FormOptions options, FormValues values, IReadOnlyList<FieldError>? errors = null)
    {
        JsonObject[] inputs =
        [
            Inputs.Choices("memberType", "Member", Words.Choices<MemberType>(), values.Or("memberType", nameof(MemberType.Councillor))),
            Inputs.Text("memberName", "Member's name", values["memberName"], maxLength: 200),
            FormParts.Team(options, values),
            FormParts.ReceivedOn(options, values),
            FormParts.HowReceived(values, HowReceived.Email),
            FormParts.Owner(options, values),
            FormParts.Summary(values),
        ];
        return FormParts.Form("Log a member enquiry", null, inputs, FormParts.Submit("Log member enquiry", Verbs.LogMemberEnquiry, values), errors);
    }
}
