using System.Net.Http.Headers;

namespace ComplaintsAssistant.Bot.Tests.Intake;

/// <summary>Emails as Outlook hands them over (whole RFC 5322 messages), for the fictional Thornbury Borough Council.</summary>
internal static class Emails
{
    /// <summary>The intake settings of the council the emails were written for.</summary>
    public static Dictionary<string, string?> Council() => new()
    {
        ["Intake:OwnDomains:0"] = "thornbury.gov.uk",
        ["Intake:ComplaintsMailbox"] = "complaints@thornbury.gov.uk",
        ["Intake:Councillors:0:Name"] = "Priya Shah",
        ["Intake:Councillors:0:Emails:0"] = "priya.shah@thornbury.gov.uk",
    };

    /// <summary>A mother's complaint sent straight to the council late on a Friday evening in May (BST).</summary>
    public static string ParentComplaint(string messageId = "complaint-1@mail.example.com") => $"""
        Received: from mail.example.com by mail.thornbury.gov.uk with ESMTPS; Fri, 29 May 2026 21:30:05 +0100
        From: Jane Parent <jane.parent@example.com>
        To: complaints@thornbury.gov.uk
        Subject: Complaint about my son's social worker
        Date: Fri, 29 May 2026 21:30:00 +0100
        Message-ID: <{messageId}>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        I want to make a formal complaint. I am Tom's mum and his social worker in the Children in Care team
        has not returned my calls for three weeks. His review was cancelled without telling me.

        Jane Parent
        """.Replace("\r\n", "\n").Replace("\n", "\r\n");

    /// <summary>A councillor asking on behalf of a resident.</summary>
    public static string CouncillorEnquiry() => """
        From: Cllr Priya Shah <priya.shah@thornbury.gov.uk>
        To: complaints@thornbury.gov.uk
        Subject: Enquiry on behalf of a resident
        Date: Tue, 26 May 2026 09:15:00 +0100
        Message-ID: <cllr-1@thornbury.gov.uk>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        A resident in my ward has asked me to find out why her foster placement review has been delayed.
        Could you let me know what is happening?

        Cllr Priya Shah
        """.Replace("\r\n", "\n").Replace("\n", "\r\n");

    public static ByteArrayContent Eml(string message) => Eml(System.Text.Encoding.UTF8.GetBytes(message));

    public static ByteArrayContent Eml(byte[] message)
    {
        var content = new ByteArrayContent(message);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }
}
