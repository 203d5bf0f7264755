using ComplaintsAssistant.Core.EmailIntake.Text;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Text;

public class LanguageGuessTests
{
    [Theory]
    [InlineData("I want to make a complaint about the way my son has been treated by the team.", null)]
    [InlineData("Rwyf am wneud cwyn am y ffordd mae fy mab wedi cael ei drin gan y tîm.", "cy")]
    [InlineData("Dzień dobry, chcę złożyć skargę na pracownika socjalnego mojego syna, nie odpowiada na telefony.", "pl")]
    [InlineData("Bonjour, je souhaite déposer une plainte concernant l'assistante sociale de ma fille.", "fr")]
    [InlineData("Vreau să spun mulțumesc asistentei sociale, fiul meu este mult mai fericit și noi suntem recunoscători.", "ro")]
    [InlineData("میں اپنے بیٹے کے سوشل ورکر کے بارے میں شکایت کرنا چاہتی ہوں۔", "ur")]
    [InlineData("أريد تقديم شكوى بخصوص الأخصائية الاجتماعية المسؤولة عن ابني.", "ar")]
    [InlineData("আমি আমার ছেলের সমাজকর্মীর বিরুদ্ধে অভিযোগ করতে চাই।", "bn")]
    [InlineData("Thanks", null)]
    public void GuessNamesTheLanguageWhenNotEnglish(string text, string? expected)
    {
        Assert.Equal(expected, LanguageGuess.Guess(text));
    }
}
