namespace ComplaintsAssistant.Core.EmailIntake.Dates;

/// <summary>Month and weekday names as mail clients write them in the forwarded headers of the languages councils
/// see most: English, Welsh, French, German, Spanish, Italian, Portuguese, Dutch, Polish, Romanian, Lithuanian.
/// Lower-case, accents kept; a trailing dot (German "Apr.") is removed before looking up.</summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = Build(
        // English
        (1, "january jan"), (2, "february feb"), (3, "march mar"), (4, "april apr"), (5, "may"), (6, "june jun"),
        (7, "july jul"), (8, "august aug"), (9, "september sep sept"), (10, "october oct"), (11, "november nov"), (12, "december dec"),
        // Welsh, with the soft mutations that follow "o" / "ym" in dates
        (1, "ionawr ion"), (2, "chwefror chwe"), (3, "mawrth fawrth maw"), (4, "ebrill ebr"), (5, "mai"), (6, "mehefin fehefin meh"),
        (7, "gorffennaf gorff"), (8, "awst"), (9, "medi"), (10, "hydref hyd"), (11, "tachwedd tach"), (12, "rhagfyr rhag"),
        // French
        (1, "janvier janv"), (2, "février fevrier févr fevr"), (3, "mars"), (4, "avril avr"), (6, "juin"), (7, "juillet juil"),
        (8, "août aout"), (9, "septembre"), (10, "octobre"), (11, "novembre"), (12, "décembre decembre déc"),
        // German
        (1, "januar jän"), (2, "februar"), (3, "märz mär mrz"), (5, "mai"), (6, "juni"), (7, "juli"), (10, "oktober okt"), (12, "dezember dez"),
        // Spanish, Italian, Portuguese
        (1, "enero ene gennaio gen janeiro"), (2, "febrero febbraio fevereiro fev"), (3, "marzo março"), (4, "abril abr aprile"),
        (5, "mayo maggio mag maio"), (6, "junio giugno giu junho"), (7, "julio luglio lug julho"), (8, "agosto ago"),
        (9, "septiembre setiembre settembre set setembro"), (10, "octubre ottobre ott outubro out"), (11, "noviembre novembre novembro"),
        (12, "diciembre dic dicembre dezembro"),
        // Dutch
        (1, "januari"), (2, "februari"), (3, "maart mrt"), (5, "mei"), (6, "juni"), (7, "juli"), (8, "augustus"), (10, "oktober"),
        // Polish: genitive (in dates), nominative and abbreviations
        (1, "stycznia styczeń styczen sty"), (2, "lutego luty lut"), (3, "marca marzec"), (4, "kwietnia kwiecień kwiecien kwi"),
        (5, "maja maj"), (6, "czerwca czerwiec cze"), (7, "lipca lipiec lip"), (8, "sierpnia sierpień sierpien sie"),
        (9, "września wrzesnia wrzesień wrz"), (10, "października pazdziernika październik paź paz"), (11, "listopada listopad lis"),
        (12, "grudnia grudzień grudzien gru"),
        // Romanian
        (1, "ianuarie ian"), (2, "februarie"), (3, "martie"), (4, "aprilie"), (5, "mai"), (6, "iunie iun"), (7, "iulie iul"),
        (8, "august"), (9, "septembrie"), (10, "octombrie"), (11, "noiembrie noi"), (12, "decembrie"),
        // Lithuanian (genitive)
        (1, "sausio"), (2, "vasario"), (3, "kovo"), (4, "balandžio"), (5, "gegužės"), (6, "birželio"), (7, "liepos"),
        (8, "rugpjūčio"), (9, "rugsėjo"), (10, "spalio"), (11, "lapkričio"), (12, "gruodžio"));

    private static readonly Dictionary<string, DayOfWeek> Weekdays = Build(
        (DayOfWeek.Monday, "monday mon llun lundi lun montag mo lunes lunedì lunedi segunda maandag ma poniedziałek poniedzialek pon luni pirmadienis"),
        (DayOfWeek.Tuesday, "tuesday tue tues mawrth mardi mar dienstag di martes martedì martedi terça terca dinsdag wtorek wt marți marti antradienis"),
        (DayOfWeek.Wednesday, "wednesday wed mercher mercredi mer mittwoch mi miércoles miercoles mié mie mercoledì mercoledi quarta woensdag wo środa sroda śr sr miercuri trečiadienis"),
        (DayOfWeek.Thursday, "thursday thu thur thurs iau jeudi jeu donnerstag do jueves jue giovedì giovedi quinta donderdag czwartek czw joi ketvirtadienis"),
        (DayOfWeek.Friday, "friday fri gwener vendredi ven freitag fr viernes vie venerdì venerdi sexta vrijdag vr piątek piatek pt vineri penktadienis"),
        (DayOfWeek.Saturday, "saturday sat sadwrn samedi sam samstag sa sábado sabado sáb sab sabato zaterdag za sobota sob sâmbătă sambata šeštadienis"),
        (DayOfWeek.Sunday, "sunday sun sul dimanche dim sonntag so domingo dom domenica dom zondag zo niedziela niedz nie duminică duminica sekmadienis"));

    public static int? Month(string word) => Months.TryGetValue(Clean(word), out var month) ? month : null;

    public static DayOfWeek? Weekday(string word) => Weekdays.TryGetValue(Clean(word), out var day) ? day : null;

    private static string Clean(string word) => word.TrimEnd('.', ',').ToLowerInvariant();

    // "mar" is March in English and Tuesday in French, "mai" May and "ma" Monday: months and weekdays are looked up
    // in different places of a date, so the two tables may share a word; within one table the first meaning wins.
    private static Dictionary<string, T> Build<T>(params (T Value, string Words)[] rows)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, words) in rows)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table.TryAdd(word, value);
            }
        }
        return table;
    }
}
