using ComplaintsAssistant.Core.EmailIntake.Text;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Text;

public class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Hello</p><p>World</p>", "Hello\nWorld")]
    [InlineData("<script>alert('x')</script>Text", "Text")]
    [InlineData("<style>.a{color:red}</style><div>Text</div>", "Text")]
    [InlineData("Seen<span style=\"display:none\">hidden <b>words</b></span> shown", "Seen shown")]
    [InlineData("A<div hidden>nested <div>hidden</div> still</div>B", "AB")]
    [InlineData("<span style=\"font-size:0px\">complaint</span>Hi", "Hi")]
    [InlineData("Pixel<img src=\"https://track.example/p.gif\" width=\"1\">here", "Pixelhere")]
    [InlineData("Tom &amp; Jerry &lt;3 &#39;quoted&#39;", "Tom & Jerry <3 'quoted'")]
    [InlineData("line<br>break", "line\nbreak")]
    [InlineData("<table><tr><td>From:</td><td>Karen</td></tr><tr><td>Sent:</td><td>03 April 2026</td></tr></table>", "From: Karen\nSent: 03 April 2026")]
    [InlineData("<form><input value=\"x\"><button>Log in</button></form>After", "After")]
    [InlineData("<iframe src=\"https://evil.example\">fallback</iframe>ok", "ok")]
    public void ToTextKeepsOnlyWhatAReaderSees(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToText(html, 10_000).Text);
    }

    [Fact]
    public void ToTextListsLinksWithoutKeepingThemAsLinks()
    {
        var (text, links) = HtmlText.ToText("<a href=\"javascript:steal()\">View invoice</a> and <a href=\"https://evil.example/pay\">www.thornbury.gov.uk</a>", 10_000);

        Assert.Equal("View invoice and www.thornbury.gov.uk", text);
        Assert.Equal([new Link("javascript:steal()", "View invoice"), new Link("https://evil.example/pay", "www.thornbury.gov.uk")], links);
    }

    [Fact]
    public void ToTextStopsAtTheCharacterBudget()
    {
        var text = HtmlText.ToText(string.Concat(Enumerable.Repeat("<p>complaint</p>", 10_000)), 100).Text;

        Assert.True(text.Length <= 100);
    }
}
