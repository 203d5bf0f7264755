using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>A second council's published year (seed 001: Thurrock, children's social care, 2017/18) made from case data
/// through the domain, under that council's rules: member enquiries answered in 10 working days, 7 from 1 September 2017
/// (a dated rule, so each enquiry is measured against the target in force the day it was received).</summary>
internal static class ThurrockYears
{
    public static readonly ClockRules Rules = ClockRules.Default with
    {
        Policy = ClockRules.Default.Policy.With([new TimescaleRule(CaseKind.MemberEnquiry, TimescaleKey.Stage1Response, new DateOnly(2017, 9, 1), new Timescale(7))]),
    };

    private static int _number;

    /// <summary>2017/18 as the report's "Summary of representations" gives it: 48 stage 1 complaints (none escalated),
    /// 33 initial concerns, 46 compliments, 13 MP, 14 MEP and 28 members' enquiries and 1 Ombudsman enquiry (183). Of the
    /// 48 complaints 40 were answered within 20 working days (30 within 10; 10 extended to 20 as complex and answered in
    /// 11 to 20) and 8 later. Members' enquiries on time: MP 11 of 13, MEP 13 of 14, members 26 of 28.</summary>
    public static IReadOnlyList<Case> Year2017()
    {
        var cases = new List<Case>();
        var day = new DateOnly(2017, 4, 3);
        for (var i = 0; i < 48; i++)
        {
            var (took, extend) = i < 30 ? (8, false) : i < 40 ? (16, true) : (24, i % 2 == 0);
            cases.Add(Complaint(Next(ref day), took, extend));
        }
        for (var i = 0; i < 33; i++) cases.Add(Logged(CaseKind.InformalRepresentation, Next(ref day)));
        for (var i = 0; i < 46; i++) cases.Add(Logged(CaseKind.Compliment, Next(ref day)));
        cases.Add(Logged(CaseKind.OmbudsmanEnquiry, new DateOnly(2017, 11, 1)));
        cases.AddRange(Enquiries(MemberType.MP, 13, late: 2));
        cases.AddRange(Enquiries(MemberType.MEP, 14, late: 1));
        cases.AddRange(Enquiries(MemberType.Councillor, 28, late: 2));
        return cases;
    }

    /// <summary>2016/17, the year before, all under the 10-day target: MP 7 of 13 on time, MEP 1 of 8, members 16 of 23.</summary>
    public static IReadOnlyList<Case> MemberEnquiries2016() =>
    [
        .. Enquiries2016(MemberType.MP, 13, onTime: 7), .. Enquiries2016(MemberType.MEP, 8, onTime: 1), .. Enquiries2016(MemberType.Councillor, 23, onTime: 16),
    ];

    /// <summary>Half received before 1 September 2017 and answered in 9 working days (on time against 10); the rest from
    /// September, answered in 6 (on time against 7) except <paramref name="late"/> answered in 9, which only the new
    /// target makes late.</summary>
    private static IEnumerable<Case> Enquiries(MemberType type, int count, int late)
    {
        var before = count / 2;
        for (var i = 0; i < count; i++)
        {
            var received = i < before ? new DateOnly(2017, 5, 2).AddDays(7 * i) : new DateOnly(2017, 9, 4).AddDays(7 * (i - before));
            yield return Enquiry(type, received, i < before || i >= count - late ? 9 : 6);
        }
    }

    private static IEnumerable<Case> Enquiries2016(MemberType type, int count, int onTime)
    {
        for (var i = 0; i < count; i++) yield return Enquiry(type, new DateOnly(2016, 5, 3).AddDays(9 * i), i < onTime ? 9 : 12);
    }

    private static Case Enquiry(MemberType type, DateOnly received, int workingDays)
    {
        var subject = Logged(CaseKind.MemberEnquiry, received, new MemberDetails(type, "A member"));
        Ok(subject.RecordResponse(new StageResponse(Rules.Calendar.AddWorkingDays(received, workingDays), Outcome.NotUpheld), "manager-1", SampleCases.Now).Error);
        return subject;
    }

    private static Case Complaint(DateOnly received, int workingDays, bool extend)
    {
        var subject = Logged(CaseKind.StatutoryComplaint, received);
        if (extend) Ok(subject.Extend(20, ExtensionGround.Complex, "Several services to ask", true, received.AddDays(3), "manager-1", SampleCases.Now).Error);
        Ok(subject.RecordResponse(new StageResponse(Rules.Calendar.AddWorkingDays(received, workingDays), Outcome.NotUpheld, [Resolution.ExplanationGiven],
            [new ConcernOutcome(1, Outcome.NotUpheld)]), "manager-1", SampleCases.Now).Error);
        return subject;
    }

    private static Case Logged(CaseKind kind, DateOnly received, MemberDetails? member = null)
    {
        var input = new NewCase(kind, received, HowReceived.Email, "Family Support (Central)", kind == CaseKind.Compliment ? null : "manager-1",
            kind == CaseKind.StatutoryComplaint ? new Complainant(ComplainantRelationship.Parent) : null,
            ConcernCategories: kind == CaseKind.StatutoryComplaint ? ["Lack of communication"] : null,
            Member: member,
            Compliment: kind == CaseKind.Compliment ? new ComplimentDetails("Practice", ComplimentSource.ParentOrCarer, "Thank you.") : null,
            Ombudsman: kind == CaseKind.OmbudsmanEnquiry ? new OmbudsmanDetails("17 001 234", null) : null,
            FixedDueOn: kind == CaseKind.OmbudsmanEnquiry ? received.AddDays(28) : null);
        var result = Case.Log(input, $"TH-{Interlocked.Increment(ref _number):00000}", Guid.NewGuid(), "officer-1", SampleCases.Now, Rules);
        return result.Error is null ? result.Value : throw new InvalidOperationException($"A Thurrock case could not be built: {result.Error.Message}");
    }

    /// <summary>Two days apart: 127 records from 3 April 2017 to December 2017.</summary>
    private static DateOnly Next(ref DateOnly day)
    {
        var received = day;
        day = day.AddDays(2);
        return received;
    }

    private static void Ok(DomainError? error)
    {
        if (error is not null) throw new InvalidOperationException($"A Thurrock case could not be built: {error.Message}");
    }
}
