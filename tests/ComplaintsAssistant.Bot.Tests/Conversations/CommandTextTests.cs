using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

public class CommandTextTests
{
    [Theory]
    [InlineData("help", Verbs.Help)]
    [InlineData("HELP!", Verbs.Help)]
    [InlineData("  Hi  ", Verbs.Help)]
    [InlineData("log complaint", Verbs.ComplaintForm)]
    [InlineData("Log a complaint.", Verbs.ComplaintForm)]
    [InlineData("new statutory complaint", Verbs.ComplaintForm)]
    [InlineData("log member enquiry", Verbs.MemberEnquiryForm)]
    [InlineData("Log an MP enquiry?", Verbs.MemberEnquiryForm)]
    [InlineData("log informal representation", Verbs.InformalForm)]
    [InlineData("log compliment", Verbs.ComplimentForm)]
    [InlineData("Log a compliment!!", Verbs.ComplimentForm)]
    [InlineData("my cases", Verbs.MyCases)]
    [InlineData("case", Verbs.MyCases)]
    [InlineData("show my cases", Verbs.MyCases)]
    [InlineData("learning", Verbs.Learning)]
    [InlineData("Learning actions", Verbs.Learning)]
    public void ParseMapsCommandToVerbGivenTextWithCaseAndPunctuation(string text, string verb) =>
        Assert.Equal(verb, CommandText.Parse(text)?.Verb);

    [Theory]
    [InlineData("case CC-2026-0042", "CC-2026-0042")]
    [InlineData("Case cc-2026-0042?", "CC-2026-0042")]
    [InlineData("show me case ME-2025-7", "ME-2025-7")]
    [InlineData("CP-2026-0001", "CP-2026-0001")]
    public void ParseFindsCaseReferenceGivenCaseCommand(string text, string reference)
    {
        var command = CommandText.Parse(text);
        Assert.Equal(Verbs.ViewCase, command?.Verb);
        Assert.Equal(reference, command?.Reference);
    }

    [Theory]
    [InlineData("")]
    [InlineData("what is the weather")]
    [InlineData("the complaint about CC-2026-0042 was rude")]
    [InlineData("complaints are great, help me log something else")]
    public void ParseReturnsNullGivenTextThatIsNoCommand(string text) => Assert.Null(CommandText.Parse(text));
}
