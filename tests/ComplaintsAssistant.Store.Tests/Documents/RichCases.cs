using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Documents;

/// <summary>Cases that use every part of the stored document (stages, an extension, escalation, the agreed statement,
/// concern outcomes, payments, learning, children, advocate, member, compliment, Ombudsman), made through the domain
/// with fixed ids and a fixed clock, so the same calls always make the same case. The documents in
/// <c>Documents/v1/</c> are these cases as the release before schema versions serialised them: reading one must give
/// back the case these calls make now.</summary>
internal static class RichCases
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 30, 0, TimeSpan.Zero);
    /// <summary>A council that counts stage 2 from the agreed written statement of complaint, so the agreement is stored.</summary>
    private static readonly ClockRules Rules = new(
        TimescalePolicy.Defaults.With([new TimescaleRule(CaseKind.StatutoryComplaint, TimescaleKey.Stage2Response, DateOnly.MinValue,
            new Timescale(25, 65), ClockBasis.AgreedStatement)]),
        WorkingDayCalendar.EnglandAndWales);
    private static DateOnly Day(int month, int day) => new(2026, month, day);

    public static IReadOnlyDictionary<string, Func<Case>> All { get; } = new Dictionary<string, Func<Case>>
    {
        ["statutory-complaint"] = StatutoryComplaint,
        ["member-enquiry"] = MemberEnquiry,
        ["compliment"] = Compliment,
        ["ombudsman-enquiry"] = OmbudsmanEnquiry,
    };

    /// <summary>Two stages: extended and answered at stage 1 with an outcome per concern, escalated, stage 2 with an
    /// independent person and an agreed statement, answered; costs, compensation and two learning actions.</summary>
    public static Case StatutoryComplaint()
    {
        var input = new NewCase(CaseKind.StatutoryComplaint, Day(5, 1), HowReceived.Email, "Children in Care", "manager-1",
            new Complainant(ComplainantRelationship.Advocate, ChildComplainedDirectly: true, SupportedByAdvocate: true,
                AdvocateService: "Coram Voice", Name: "A Young Person", Contact: "young.person@mail.example"),
            [],
            ["Lack of communication", "Unhappy with assessment", "Lack of communication"],
            Summary: "Nobody returned my calls about contact with my brother.",
            MattersAroseOn: Day(3, 2), AcknowledgedOn: Day(5, 5), IntakeKey: "<rich-statutory@mail.example>");
        var c = Logged(input, "CC-2026-0101", "8f1c6c8e-6a55-4d0c-9f0e-1a7e2b3c4d01");
        Ok(c.Extend(20, ExtensionGround.Complex, "Records held by two teams", agreedWithComplainant: true, Day(5, 12), "manager-1", Now));
        Ok(c.RecordResponse(new StageResponse(Day(5, 27), Outcome.PartiallyUpheld, [Resolution.Apology, Resolution.ExplanationGiven],
            [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.NotUpheld), new ConcernOutcome(3, Outcome.Upheld)]), "manager-1", Now));
        Ok(c.RequestEscalation(Day(6, 8), null, "officer-1", Now, Rules).Error);
        Ok(c.OpenNextStage(new NextStage("investigator-1", Day(6, 9), "Pat Independent"), "officer-1", Now, Rules));
        Ok(c.AgreeStatement(Day(6, 15), "investigator-1", Now));
        Ok(c.RecordPayment(new Payment(PaymentKind.InvestigatingOfficerCost, 1250.75m, "Investigation at stage 2", Day(7, 20)), "officer-1", Now));
        Ok(c.RecordPayment(new Payment(PaymentKind.Compensation, 250m, "Time and trouble", Day(7, 31)), "officer-1", Now));
        Ok(c.RecordResponse(new StageResponse(Day(7, 31), Outcome.Upheld, [Resolution.Apology, Resolution.ChangeToPractice, Resolution.FinancialRemedy],
            [new ConcernOutcome(1, Outcome.Upheld), new ConcernOutcome(2, Outcome.PartiallyUpheld), new ConcernOutcome(3, Outcome.Upheld)]), "investigator-1", Now));
        Ok(c.AddLearningAction(new NewLearningAction("Calls unanswered", "Return calls within 2 working days", "Duty rota for calls",
            "Children in Care", "manager-1", Day(10, 1)), "officer-1", Now).Error);
        Ok(c.AddLearningAction(new NewLearningAction("Contact plans unclear", "Share contact plans in writing", "Template letter",
            "Fostering", "manager-2", Day(11, 30)), "officer-1", Now).Error);
        Ok(c.UpdateLearningAction(1, LearningStatus.InProgress, "Rota drafted", "officer-1", Now).Error);
        // The children as the release before the published bands recorded them: an age band (under 5) and ethnic groups a new
        // case can no longer be given, which older documents keep (docs/decisions/0012-figures-vocabulary.md).
        return Case.Restore(c.Snapshot with
        {
            Children = [new ChildConcerned(AgeBand.TenToFifteen, Gender.Female, Ethnicity.Mixed, Disability.Learning),
                        new ChildConcerned(AgeBand.Under5, Gender.Male, Ethnicity.White, Disability.None)],
        });
    }

    public static Case MemberEnquiry()
    {
        var input = new NewCase(CaseKind.MemberEnquiry, Day(6, 3), HowReceived.Letter, "Fostering", "manager-2",
            Summary: "Asked on behalf of a constituent about a placement.", Member: new MemberDetails(MemberType.MP, "A. Member MP"));
        var c = Logged(input, "ME-2026-0007", "8f1c6c8e-6a55-4d0c-9f0e-1a7e2b3c4d02");
        Ok(c.RecordResponse(new StageResponse(Day(6, 10), Outcome.NotUpheld, [Resolution.InformationProvided]), "manager-2", Now));
        return c;
    }

    public static Case Compliment()
    {
        var input = new NewCase(CaseKind.Compliment, Day(4, 20), HowReceived.Email, "Adoption",
            Compliment: new ComplimentDetails("Communication", ComplimentSource.Adopter, "She always called back, even on Fridays.", "social-worker-3"));
        return Logged(input, "CO-2026-0033", "8f1c6c8e-6a55-4d0c-9f0e-1a7e2b3c4d03");
    }

    public static Case OmbudsmanEnquiry()
    {
        var input = new NewCase(CaseKind.OmbudsmanEnquiry, Day(6, 1), HowReceived.Email, "Children in Care", "manager-1",
            Ombudsman: new OmbudsmanDetails("25 001 234", "CC-2025-0042"), FixedDueOn: Day(6, 29));
        var c = Logged(input, "LG-2026-0002", "8f1c6c8e-6a55-4d0c-9f0e-1a7e2b3c4d04");
        Ok(c.RecordResponse(new StageResponse(Day(6, 26), Outcome.PartiallyUpheld, [Resolution.ReportProvided]), "manager-1", Now));
        Ok(c.RecordOmbudsmanFinding(OmbudsmanFinding.MaladministrationAndInjustice, "officer-1", Now));
        Ok(c.RecordPayment(new Payment(PaymentKind.RemedyPayment, 1000m, "Delay and distress, as the Ombudsman recommended", Day(8, 14)), "officer-1", Now));
        return c;
    }

    private static Case Logged(NewCase input, string reference, string id)
    {
        var logged = Case.Log(input, reference, Guid.Parse(id), "officer-1", Now, Rules);
        Ok(logged.Error);
        return logged.Value;
    }

    private static void Ok(Result result) => Ok(result.Error);

    private static void Ok(DomainError? error)
    {
        if (error is not null) throw new InvalidOperationException($"A rich case could not be built: {error.Message}");
    }
}
