using ComplaintsAssistant.Core.Cases;

namespace ComplaintsAssistant.Core.Timescales;

/// <summary>Default timescales, each from its source. Councils override them in configuration.</summary>
internal static class StatutoryDefaults
{
    private static readonly DateOnly Always = DateOnly.MinValue;

    public static IReadOnlyList<TimescaleRule> Rules { get; } =
    [
        // Children Act 1989 Representations Procedure (England) Regulations 2006.
        new(CaseKind.StatutoryComplaint, TimescaleKey.Acknowledgement, Always, new(3)),              // local practice: 2, 3 or 5
        new(CaseKind.StatutoryComplaint, TimescaleKey.Stage1Response, Always, new(10, 20)),          // reg 14: 10, extendable to 20
        new(CaseKind.StatutoryComplaint, TimescaleKey.Stage2Response, Always, new(25, 65)),          // reg 17: 25, extendable to 65
        new(CaseKind.StatutoryComplaint, TimescaleKey.PanelHearing, Always, new(30)),                // reg 19: panel within 30 days of request
        new(CaseKind.StatutoryComplaint, TimescaleKey.PanelRecommendations, Always, new(5)),         // reg 20: report within 5 days of the panel
        new(CaseKind.StatutoryComplaint, TimescaleKey.Decision, Always, new(15)),                    // reg 21: response within 15 days of the report
        new(CaseKind.StatutoryComplaint, TimescaleKey.EscalationWindow, Always, new(20)),            // regs 15, 18: ask within 20 working days

        // LGSCO Complaint Handling Code, applied by the Ombudsman from 1 April 2026.
        new(CaseKind.CorporateComplaint, TimescaleKey.Acknowledgement, Always, new(5)),
        new(CaseKind.CorporateComplaint, TimescaleKey.Stage1Response, Always, new(10, 20), ClockBasis.Acknowledgement),
        new(CaseKind.CorporateComplaint, TimescaleKey.Stage2Response, Always, new(20, 40), ClockBasis.Acknowledgement),
        new(CaseKind.CorporateComplaint, TimescaleKey.EscalationWindow, Always, new(20)),            // local: 28 days, a month, 10 working days

        new(CaseKind.MemberEnquiry, TimescaleKey.Acknowledgement, Always, new(1)),                    // next working day is common
        new(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, Always, new(10)),

        new(CaseKind.InformalRepresentation, TimescaleKey.Acknowledgement, Always, new(3)),
        new(CaseKind.InformalRepresentation, TimescaleKey.Stage1Response, Always, new(10)),           // service-set

        new(CaseKind.OmbudsmanEnquiry, TimescaleKey.Acknowledgement, Always, new(3)),
        new(CaseKind.OmbudsmanEnquiry, TimescaleKey.Stage1Response, Always, new(20)),                 // normally fixed by the Ombudsman per enquiry
    ];
}
