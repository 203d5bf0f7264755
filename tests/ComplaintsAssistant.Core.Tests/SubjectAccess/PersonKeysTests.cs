using ComplaintsAssistant.Core.SubjectAccess;

namespace ComplaintsAssistant.Core.Tests.SubjectAccess;

/// <summary>How names, emails and phone numbers are normalised for the person index: one row per way of writing them.</summary>
public class PersonKeysTests
{
    [Theory]
    [InlineData("Mary O'Brien-Smith", "mary obrien smith")]
    [InlineData("  SMITH,   Mary  ", "smith mary")]
    [InlineData("Zoë Brontë", "zoe bronte")]
    [InlineData("Mary O’Brien", "mary obrien")]
    [InlineData("", "")]
    public void NameTokensAreLowerCaseWithoutAccentsOrPunctuation(string name, string tokens) =>
        Assert.Equal(tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries), PersonKeys.NameTokens(name));

    [Theory]
    [InlineData("Mary.Smith@Example.ORG", "mary.smith@example.org")]
    [InlineData("Mary Smith <Mary.Smith@Example.org>", "mary.smith@example.org")]
    [InlineData("mary", null)]
    [InlineData("@example.org", null)]
    [InlineData("mary smith@example.org", null)]
    public void EmailsAreLowerCasedAndMustBeWholeAddresses(string text, string? email) => Assert.Equal(email, PersonKeys.Email(text));

    [Theory]
    [InlineData("07700 900123", "+447700900123")]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("+44 (0)7700 900123", "+447700900123")]
    [InlineData("0044 7700-900-123", "+447700900123")]
    [InlineData("020 7946 0018", "+442079460018")]
    [InlineData("+353 1 234 5678", "+35312345678")]
    [InlineData("0770 0900", null)]
    [InlineData("call me", null)]
    public void PhoneNumbersAreWrittenOneWay(string text, string? phone) => Assert.Equal(phone, PersonKeys.Phone(text));
}
