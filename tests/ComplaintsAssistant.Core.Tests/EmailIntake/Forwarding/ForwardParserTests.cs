using ComplaintsAssistant.Core.EmailIntake.Forwarding;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Forwarding;

public class ForwardParserTests
{
    // One row per layout (and translation) a forwarded header is written in: the author and the date line found.
    [Theory]
    [InlineData("Outlook", "________________________________\nFrom: Karen Holt <karen.holt@gmail.com>\nSent: 03 April 2026 17:45\nTo: Pike, Laura <laura.pike@thornbury.gov.uk>\nSubject: Complaint", ForwardLayout.Outlook, "03 April 2026 17:45")]
    [InlineData("Outlook original message", "-----Original Message-----\nFrom: Karen Holt [mailto:karen.holt@gmail.com]\nSent: Friday, April 3, 2026 5:45 PM\nTo: Laura Pike\nSubject: Complaint", ForwardLayout.Outlook, "Friday, April 3, 2026 5:45 PM")]
    [InlineData("Outlook web, bold labels", "*From:* Karen Holt <karen.holt@gmail.com>\n*Sent:* 03/04/2026 17:45\n*To:* Laura Pike\n*Subject:* Complaint", ForwardLayout.Outlook, "03/04/2026 17:45")]
    [InlineData("Outlook in French", "De : Karen Holt <karen.holt@gmail.com>\nEnvoyé : vendredi 3 avril 2026 17:45\nÀ : Laura Pike\nObjet : Plainte", ForwardLayout.Outlook, "vendredi 3 avril 2026 17:45")]
    [InlineData("Outlook in Polish", "Od: Karen Holt <karen.holt@gmail.com>\nWysłano: piątek, 3 kwietnia 2026 17:45\nDo: Laura Pike\nTemat: Skarga", ForwardLayout.Outlook, "piątek, 3 kwietnia 2026 17:45")]
    [InlineData("Gmail", "---------- Forwarded message ---------\nFrom: Karen Holt <karen.holt@gmail.com>\nDate: Fri, 3 Apr 2026 at 17:45\nSubject: Complaint\nTo: <laura.pike@thornbury.gov.uk>", ForwardLayout.Gmail, "Fri, 3 Apr 2026 at 17:45")]
    [InlineData("Gmail in German", "---------- Weitergeleitete Nachricht ---------\nVon: Karen Holt <karen.holt@gmail.com>\nDate: Fr., 3. Apr. 2026 um 17:45 Uhr\nSubject: Beschwerde\nTo: <laura.pike@thornbury.gov.uk>", ForwardLayout.Gmail, "Fr., 3. Apr. 2026 um 17:45 Uhr")]
    [InlineData("Apple Mail", "Begin forwarded message:\n\nFrom: Karen Holt <karen.holt@gmail.com>\nSubject: Complaint\nDate: 3 April 2026 at 17:45:12 BST\nTo: Laura Pike <laura.pike@thornbury.gov.uk>", ForwardLayout.AppleMail, "3 April 2026 at 17:45:12 BST")]
    [InlineData("Thunderbird", "-------- Forwarded Message --------\nSubject: \tComplaint\nDate: \tFri, 3 Apr 2026 17:45:12 +0100\nFrom: \tKaren Holt <karen.holt@gmail.com>\nTo: \tLaura Pike <laura.pike@thornbury.gov.uk>", ForwardLayout.Thunderbird, "Fri, 3 Apr 2026 17:45:12 +0100")]
    [InlineData("HTML reduced to text", "From: Karen Holt <karen.holt@gmail.com>\n\nSent: 03 April 2026 17:45\n\nTo: Laura Pike\n\nSubject: Complaint", ForwardLayout.Outlook, "03 April 2026 17:45")]
    [InlineData("Gmail reply", "On Fri, 3 Apr 2026 at 17:45, Karen Holt <karen.holt@gmail.com> wrote:", ForwardLayout.ReplyAttribution, "Fri, 3 Apr 2026 at 17:45")]
    [InlineData("Gmail reply, US, wrapped", "On Fri, Apr 3, 2026 at 5:45 PM Karen Holt <karen.holt@gmail.com>\nwrote:", ForwardLayout.ReplyAttribution, "Fri, Apr 3, 2026 at 5:45 PM")]
    [InlineData("Gmail reply in German", "Am Fr., 3. Apr. 2026 um 17:45 Uhr schrieb Karen Holt <karen.holt@gmail.com>:", ForwardLayout.ReplyAttribution, "Fr., 3. Apr. 2026 um 17:45 Uhr")]
    [InlineData("Gmail reply in Polish", "W dniu pt., 3 kwi 2026 o 17:45 Karen Holt <karen.holt@gmail.com> napisał(a):", ForwardLayout.ReplyAttribution, "pt., 3 kwi 2026 o 17:45")]
    public void ParseFindsTheForwardedMessage(string layoutName, string header, ForwardLayout layout, string dateLine)
    {
        var (note, quoted) = ForwardParser.Parse($"Please log this.\n\n{header}\n\nI want to make a complaint about my son's social worker.\n");

        var message = Assert.Single(quoted);
        Assert.Equal("Please log this.", note);
        Assert.True(layout == message.Layout, layoutName);
        Assert.Equal("karen.holt@gmail.com", message.Author?.Address);
        Assert.Equal("Karen Holt", message.Author?.Name);
        Assert.Equal(dateLine, message.DateLine);
        Assert.Equal("I want to make a complaint about my son's social worker.", message.Body);
    }

    [Fact]
    public void ParseListsAThreadNewestFirst()
    {
        var text = "FYI\n\nFrom: Karen Holt <karen.holt@gmail.com>\nSent: 05 April 2026 10:00\nTo: Laura Pike\nSubject: RE: contact\n\nNow I want to complain.\n\n"
            + "From: Pike, Laura <laura.pike@thornbury.gov.uk>\nSent: 04 April 2026 09:00\nTo: Karen Holt\nSubject: RE: contact\n\nI will call you.\n\n"
            + "> On 3 Apr 2026, at 17:45, Karen Holt <karen.holt@gmail.com> wrote:\n> Who is my social worker?\n";

        var (_, quoted) = ForwardParser.Parse(text);

        Assert.Equal(["karen.holt@gmail.com", "laura.pike@thornbury.gov.uk", "karen.holt@gmail.com"], quoted.Select(q => q.Author?.Address));
        Assert.Equal("Laura Pike", quoted[1].Author?.Name); // "Pike, Laura" as Outlook writes colleagues
        Assert.Equal("Who is my social worker?", quoted[2].Body);
    }

    [Theory]
    [InlineData("Dear team,\nFrom: the start of the year we have had problems.\nTo: be honest nobody listens.")]
    [InlineData("Subject: my son\nI want to complain.")]
    [InlineData("On the whole I was happy, but on Tuesday nobody came.")]
    public void ParseFindsNothingInOrdinaryText(string text)
    {
        var (note, quoted) = ForwardParser.Parse(text);

        Assert.Empty(quoted);
        Assert.Equal(text, note);
    }
}
