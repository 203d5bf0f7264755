namespace ComplaintsAssistant.Core.EmailIntake.Text;

/// <summary>The language an email is written in, when not English, so the council can reply in it or arrange an
/// interpreter: by script (Arabic, Bengali, Gurmukhi, Chinese, Cyrillic…), else by the commonest small words of the
/// languages English councils receive most. ISO 639-1 codes; null for English or too little text to tell.</summary>
public static class LanguageGuess
{
    private static readonly (string Code, HashSet<string> Words)[] Latin =
    [
        ("en", Set("the and to of i is in that it for my you was with have not this be on are we but they he she at")),
        ("cy", Set("y yr a ac i o yn mae ei fy ein chi ni bod wedi ddim gyda am ar ond hefyd iawn dw i'n roedd fod")),
        ("pl", Set("i w nie na się że jest z do to jak ale mój moja moje jestem dla po od tak czy ze syn córka")),
        ("fr", Set("le la les et de des un une je est pas que pour dans mon ma mes vous nous avec sur il elle")),
        ("de", Set("der die das und ist nicht ich ein eine zu mit von den sie es auf für mein meine wir")),
        ("es", Set("el la los las y de que en un una es no por con mi mis para su hijo hija estoy")),
        ("pt", Set("o a os as e de que em um uma é não por com meu minha para seu filho filha estou")),
        ("ro", Set("și este nu că în cu pe la un o mea meu copilul fiul fiica am sunt pentru")),
        ("lt", Set("ir yra ne kad su į man mano aš jis ji sūnus dukra buvo labai")),
        ("so", Set("waa iyo ka ku in aan ay u la wiilkayga gabadhayda waxaan ma")),
        ("tr", Set("ve bir bu da de için ile ben benim değil oğlum kızım çok")),
        ("it", Set("il lo la gli e di che non un una per con mio mia sono è")),
    ];

    public static string? Guess(string text)
    {
        var sample = text.Length > 4000 ? text[..4000] : text;
        if (Script(sample) is { } byScript) return byScript;

        var words = sample.ToLowerInvariant().Split([' ', '\n', '\r', '\t', ',', '.', '!', '?', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 6) return null;
        var scores = Latin.Select(l => (l.Code, Score: words.Count(l.Words.Contains))).OrderByDescending(s => s.Score).ToArray();
        var best = scores[0];
        var english = scores.First(s => s.Code == "en").Score;
        return best.Code == "en" || best.Score < 3 || best.Score <= english ? null : best.Code;
    }

    private static string? Script(string text)
    {
        int letters = 0, arabic = 0, urdu = 0, bengali = 0, gurmukhi = 0, gujarati = 0, han = 0, cyrillic = 0, ukrainian = 0, greek = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            switch (c)
            {
                case >= '\u0600' and <= '\u06FF':
                    arabic++;
                    if (c is '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06BE' or '\u06C1' or '\u06D2') urdu++;
                    break;
                case >= '\u0980' and <= '\u09FF': bengali++; break;
                case >= '\u0A00' and <= '\u0A7F': gurmukhi++; break;
                case >= '\u0A80' and <= '\u0AFF': gujarati++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ') ukrainian++;
                    break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
            }
        }
        if (letters < 10) return null;
        double share(int n) => (double)n / letters;
        if (share(arabic) > 0.3) return urdu > 0 ? "ur" : "ar";
        if (share(bengali) > 0.3) return "bn";
        if (share(gurmukhi) > 0.3) return "pa";
        if (share(gujarati) > 0.3) return "gu";
        if (share(han) > 0.3) return "zh";
        if (share(cyrillic) > 0.3) return ukrainian > 0 ? "uk" : "ru";
        if (share(greek) > 0.3) return "el";
        return null;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
