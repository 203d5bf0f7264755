using System.Text;

namespace ComplaintsAssistant.Core.Tests.EmailIntake;

/// <summary>Messages built to hurt a mail reader: deep or wide MIME trees, missing boundaries, enormous headers, huge
/// text, broken encodings, hidden characters, nested attached messages, header floods. Shared by the hostile-mail
/// tests (each must end in a draft or a clear refusal) and the bench (worst time and memory).</summary>
public static class HostileSet
{
    private const string Head = "From: Someone <someone@example.com>\r\nTo: complaints@thornbury.gov.uk\r\nSubject: Complaint\r\nDate: Fri, 3 Apr 2026 17:45:12 +0100\r\nMessage-ID: <hostile@example.com>\r\nMIME-Version: 1.0\r\n";

    public static IEnumerable<(string Name, byte[] Message)> All()
    {
        yield return ("multipart nested 5,000 deep", Bytes(DeepMultipart(5_000)));
        yield return ("5,000 sibling parts", Bytes(WideMultipart(5_000)));
        yield return ("missing closing boundary", Bytes(Head + "Content-Type: multipart/mixed; boundary=\"never\"\r\n\r\nI want to complain about my son's social worker.\r\n--never\r\nContent-Type: text/plain\r\n\r\nno end"));
        yield return ("boundary never used", Bytes(Head + "Content-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\nI want to complain about my son's social worker.\r\n"));
        yield return ("one 4 MB header", Bytes("X-Junk: " + new string('a', 4 * 1024 * 1024) + "\r\n" + Head + "\r\nI want to complain.\r\n"));
        yield return ("200,000 headers", Bytes(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"X-H{i}: v\r\n")) + Head + "\r\nI want to complain.\r\n"));
        yield return ("20 MB text part", Bytes(Head + "Content-Type: text/plain\r\n\r\n" + string.Concat(Enumerable.Repeat("I want to complain about the social worker. ", 470_000))));
        yield return ("HTML 200,000 nested divs", Bytes(Head + "Content-Type: text/html\r\n\r\n" + string.Concat(Enumerable.Repeat("<div style=\"display:none\">", 200_000)) + "hidden"));
        yield return ("broken base64, unknown charset", Bytes(Head + "Content-Type: text/plain; charset=x-klingon\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!not*base64@@@@\r\nSSB3YW50IHRvIGNvbXBsYWlu\r\n"));
        yield return ("invalid UTF-8 declared as UTF-8", [.. Encoding.ASCII.GetBytes(Head + "Content-Type: text/plain; charset=utf-8\r\n\r\nI want to complain "), 0xC3, 0x28, 0xFF, 0xFE, 0xA0]);
        yield return ("zero-width phishing", Bytes(Head.Replace("Someone", "IT Service Desk") + "Content-Type: text/plain; charset=utf-8\r\n\r\nYour mail\u200Bbox is full.\u200B Veri\u200Bfy your acc\u200Bount within 24 hours: http://203.0.113.9/x\r\n"));
        yield return ("attached messages nested 100 deep", Bytes(NestedAttached(100)));
        yield return ("100,000 quoted header lines", Bytes(Head + "Content-Type: text/plain\r\n\r\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"From: x{i} <x{i}@example.com>\r\nSent: 03 April 2026 17:45\r\n"))));
        yield return ("10 MB line, no newline", Bytes(Head + "Content-Type: text/plain\r\n\r\n" + new string('9', 10 * 1024 * 1024)));
        yield return ("30 MB message (over the limit)", Bytes(Head + "Content-Type: text/plain\r\n\r\n" + new string('x', 30 * 1024 * 1024)));
        yield return ("not an email", Bytes("\r\n\r\n\r\n"));
    }

    private static string DeepMultipart(int depth)
    {
        var text = new StringBuilder(Head);
        for (int i = 0; i < depth; i++) text.Append($"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        text.Append("Content-Type: text/plain\r\n\r\nI want to complain.\r\n");
        for (int i = depth - 1; i >= 0; i--) text.Append($"--b{i}--\r\n");
        return text.ToString();
    }

    private static string WideMultipart(int parts)
    {
        var text = new StringBuilder(Head).Append("Content-Type: multipart/mixed; boundary=\"w\"\r\n\r\n");
        for (int i = 0; i < parts; i++) text.Append("--w\r\nContent-Type: text/plain\r\n\r\nI want to complain.\r\n");
        return text.Append("--w--\r\n").ToString();
    }

    private static string NestedAttached(int depth)
    {
        var inner = Head + "Content-Type: text/plain\r\n\r\nI want to complain about my son's social worker.\r\n";
        for (int i = 0; i < depth; i++)
            inner = Head + $"Content-Type: multipart/mixed; boundary=\"n{i}\"\r\n\r\n--n{i}\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--n{i}\r\nContent-Type: message/rfc822\r\n\r\n" + inner + $"\r\n--n{i}--\r\n";
        return inner;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
