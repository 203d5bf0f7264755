using System.Text;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Dates;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Tests.EmailIntake.Corpus;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Core.Tests.EmailIntake;

public class EmailDrafterTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private static async Task<EmailDraft> Draft(string eml, EmailIntakeSettings? settings = null)
    {
        var drafter = new EmailDrafter(settings ?? CorpusCouncil.Settings, CorpusCouncil.Cases(), Clock);
        var result = await drafter.DraftAsync(new MemoryStream(Encoding.UTF8.GetBytes(eml)));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Value;
    }

    private const string StaffForward = """
        From: Laura Pike <laura.pike@thornbury.gov.uk>
        To: complaints@thornbury.gov.uk
        Subject: FW: Complaint about my son's social worker
        Date: Mon, 6 Apr 2026 09:10:00 +0100
        Message-ID: <fwd-1@thornbury.gov.uk>
        Content-Type: text/plain; charset=utf-8

        Please log this one.

        Laura Pike
        Social Worker, Children in Care

        ________________________________
        From: Karen Holt <karen.holt@gmail.com>
        Sent: Saturday, 4 April 2026 23:40
        To: Pike, Laura <laura.pike@thornbury.gov.uk>
        Subject: Complaint about my son's social worker

        I want to make a formal complaint. My son is in foster care and nobody has told me about his contact for weeks.

        Karen
        """;

    [Fact]
    public async Task DraftAsyncTakesTheComplainantAndInstantFromTheForwardedEmailNotTheForwarder()
    {
        var draft = await Draft(StaffForward);

        Assert.Equal(DraftKind.StatutoryComplaint, draft.Kind);
        Assert.Equal(new DraftComplainant("Karen Holt", "karen.holt@gmail.com", ComplainantRelationship.Parent), draft.Complainant);
        Assert.Equal(new DateTimeOffset(2026, 4, 4, 23, 40, 0, TimeSpan.FromHours(1)), draft.OriginalReceivedAt);
        Assert.Equal(ReceivedFrom.ForwardedHeader, draft.ReceivedFrom);
        Assert.Contains("Saturday, 4 April 2026 23:40", draft.ReceivedEvidence);
        Assert.Equal("Children in Care", draft.Team);
        Assert.Equal("fwd-1@thornbury.gov.uk", draft.InternetMessageId);
        Assert.Null(draft.ExistingCase);
    }

    [Fact]
    public async Task DraftAsyncGivesASaturdayEmailSaturdayAsTheDayAndTheClockCountsFromMonday()
    {
        var draft = await Draft(StaffForward);

        Assert.Equal(new DateOnly(2026, 4, 4), draft.ReceivedOn);
        // Day 1 is the next working day: Monday 6 April 2026 is Easter Monday, so Tuesday 7 April.
        Assert.Equal(new DateOnly(2026, 4, 7), WorkingDayCalendar.EnglandAndWales.AddWorkingDays(draft.ReceivedOn, 1));
        Assert.Equal(new DateOnly(2026, 4, 20), WorkingDayCalendar.EnglandAndWales.AddWorkingDays(draft.ReceivedOn, 10));
    }

    [Fact]
    public async Task DraftAsyncReadsTheAttachedOriginalFirst()
    {
        var eml = """
            From: Beth Carter <beth.carter@thornbury.gov.uk>
            To: complaints@thornbury.gov.uk
            Subject: FW: complaint
            Date: Tue, 7 Apr 2026 10:00:00 +0100
            Message-ID: <att-1@thornbury.gov.uk>
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain

            Please log the attached. Sent: 01 April 2026 10:00
            --b
            Content-Type: message/rfc822

            From: Ali Khan <ali.khan@outlook.com>
            To: beth.carter@thornbury.gov.uk
            Subject: complaint
            Date: Thu, 2 Apr 2026 21:15:00 +0100
            Message-ID: <orig-1@outlook.com>
            Content-Type: text/plain

            I am complaining about the fostering allowance. We are foster carers and it has not been paid.
            --b--
            """;

        var draft = await Draft(eml);

        Assert.Equal(ReceivedFrom.AttachedOriginal, draft.ReceivedFrom);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 21, 15, 0, TimeSpan.FromHours(1)), draft.OriginalReceivedAt);
        Assert.Equal("ali.khan@outlook.com", draft.Complainant.Email);
        Assert.Equal(ComplainantRelationship.FosterCarer, draft.Complainant.Relationship);
        Assert.Equal("Fostering", draft.Team);
    }

    [Theory]
    [InlineData("RE: Your complaint cc-2026-0012", "", "CC-2026-0012", CaseLink.ReferenceInSubject)]
    [InlineData("RE: Your email", "In-Reply-To: <ack-0012@thornbury.gov.uk>\n", "CC-2026-0012", CaseLink.SameConversation)]
    public async Task DraftAsyncLinksAReplyToTheCaseItBelongsTo(string subject, string header, string reference, CaseLink link)
    {
        var draft = await Draft($"From: Ann Lee <ann.lee@gmail.com>\nTo: complaints@thornbury.gov.uk\nSubject: {subject}\n{header}Date: Fri, 3 Apr 2026 17:45:12 +0100\nMessage-ID: <r-1@gmail.com>\n\nI am still unhappy about my son's contact.\n");

        Assert.Equal(reference, draft.ExistingCase?.Reference);
        Assert.Equal(link, draft.ExistingCase?.Link);
        Assert.Equal(DraftKind.StatutoryComplaint, draft.Kind);
        Assert.Contains(reference, draft.KindReason);
    }

    [Fact]
    public async Task DraftAsyncSaysAnEmailAlreadyLoggedIsThatCase()
    {
        var draft = await Draft("From: Kim Ellis <kim.ellis@gmail.com>\nSubject: Complaint\nDate: Wed, 6 May 2026 09:12:00 +0100\nMessage-ID: <already-a-case-0020@mail.gmail.com>\n\nI want to complain.\n");

        Assert.Equal(new LinkedCase(Guid.Parse("00000000-0000-0000-0000-000000000020"), "CC-2026-0020", CaseLink.SameMessage), draft.ExistingCase);
        Assert.StartsWith("Already a case", draft.KindReason);
    }

    [Fact]
    public async Task DraftAsyncExplainsAnMpEnquiryFromTheMembersOffice()
    {
        var draft = await Draft("From: Tom Reid <tom.reid@parliament.uk>\nSubject: Constituent\nDate: Fri, 3 Apr 2026 17:45:12 +0100\n\nPlease look into my constituent's concerns about her son's placement.\n\nTom Reid\nSenior Caseworker\nOffice of Jane Hartley MP\n");

        Assert.Equal(DraftKind.MemberEnquiry, draft.Kind);
        Assert.Equal(MemberType.MP, draft.MemberType);
        Assert.Equal("Jane Hartley", draft.MemberName);
        Assert.StartsWith("MP enquiry: sent from parliament.uk by the member's office", draft.KindReason);
        Assert.Equal(ComplainantRelationship.ElectedMember, draft.Complainant.Relationship);
    }

    [Fact]
    public async Task DraftAsyncRoutesChildProtectionComplaintsToTheCorporateProcedure()
    {
        var draft = await Draft("From: Jo Ward <jo.ward@gmail.com>\nSubject: complaint\nDate: Fri, 3 Apr 2026 17:45:12 +0100\n\nI want to complain about the child protection conference about my children.\n");

        Assert.Equal(DraftKind.CorporateComplaint, draft.Kind);
        Assert.Contains("outside the statutory procedure", draft.KindReason);
    }

    [Fact]
    public async Task DraftAsyncReducesHtmlToTextWithoutScriptsHiddenTextOrImages()
    {
        var draft = await Draft("From: Jo Ward <jo.ward@gmail.com>\nSubject: hello\nDate: Fri, 3 Apr 2026 17:45:12 +0100\nContent-Type: text/html\n\n<html><head><script>alert(1)</script><style>p{}</style></head><body><p>I want to <b>complain</b> about my daughter&#39;s social worker.</p><div style=\"display: none\">secret words</div><img src=\"https://t.example/p.gif\"><a href=\"javascript:x()\">click</a></body></html>\n");

        Assert.Equal("hello: I want to complain about my daughter's social worker. click", draft.Summary);
        Assert.DoesNotContain("alert", draft.Summary);
        Assert.DoesNotContain("secret", draft.Summary);
    }

    [Fact]
    public async Task DraftAsyncFallsBackToTheIntakeTimeWithAWarningGivenNoDateAtAll()
    {
        var draft = await Draft("From: Jo Ward <jo.ward@gmail.com>\nSubject: complaint\n\nI want to complain.\n");

        Assert.Equal(ReceivedFrom.IntakeTime, draft.ReceivedFrom);
        Assert.Equal(DateConfidence.Low, draft.ReceivedConfidence);
        Assert.Equal(new DateOnly(2026, 12, 1), draft.ReceivedOn);
        Assert.Contains(draft.Warnings, w => w.Code == "no-date");
    }

    [Fact]
    public async Task DraftAsyncRefusesAMessageThatRunsOutOfTime()
    {
        var settings = CorpusCouncil.Settings with { Limits = new IntakeLimits(TimeBudget: TimeSpan.Zero) };
        var drafter = new EmailDrafter(settings, CorpusCouncil.Cases(), Clock);

        var result = await drafter.DraftAsync(new MemoryStream(Encoding.UTF8.GetBytes(StaffForward)));

        Assert.Equal("message-too-complex", result.Error?.Rule);
        Assert.Equal("message", result.Error?.Field);
    }
}
