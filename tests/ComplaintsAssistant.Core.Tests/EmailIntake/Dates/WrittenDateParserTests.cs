using System.Globalization;
using ComplaintsAssistant.Core.EmailIntake.Dates;

namespace ComplaintsAssistant.Core.Tests.EmailIntake.Dates;

public class WrittenDateParserTests
{
    // One row per layout a mail client writes; the expected instant is London time with its offset (3 April 2026 is BST).
    [Theory]
    [InlineData("03 April 2026 17:45", "2026-04-03T17:45:00+01:00")]                       // Outlook, UK
    [InlineData("Friday, April 3, 2026 5:45 PM", "2026-04-03T17:45:00+01:00")]             // Outlook, US English
    [InlineData("Friday, 3 April 2026 17:45", "2026-04-03T17:45:00+01:00")]                // Outlook, UK long
    [InlineData("Fri 03/04/2026 17:45", "2026-04-03T17:45:00+01:00")]                      // Outlook short, UK order
    [InlineData("03/04/2026 17:45", "2026-04-03T17:45:00+01:00")]
    [InlineData("Fri, 3 Apr 2026 at 17:45", "2026-04-03T17:45:00+01:00")]                  // Gmail
    [InlineData("Fri, Apr 3, 2026 at 5:45\u202FPM", "2026-04-03T17:45:00+01:00")]          // Gmail, US, narrow no-break space
    [InlineData("3 April 2026 at 17:45:12 BST", "2026-04-03T17:45:12+01:00")]              // Apple Mail
    [InlineData("3 Apr 2026, at 17:45", "2026-04-03T17:45:00+01:00")]                      // Apple Mail, iOS
    [InlineData("Fri, 3 Apr 2026 17:45:12 +0100", "2026-04-03T17:45:12+01:00")]            // Thunderbird / RFC 5322
    [InlineData("Fri, 3 Apr 2026 16:45:12 +0000", "2026-04-03T17:45:12+01:00")]
    [InlineData("Fri, 3 Apr 2026 12:45:12 -0400 (EDT)", "2026-04-03T17:45:12+01:00")]
    [InlineData("2026-04-03 17:45", "2026-04-03T17:45:00+01:00")]                          // ISO
    [InlineData("2026-04-03T16:45:00Z", "2026-04-03T17:45:00+01:00")]
    [InlineData("3rd April 2026 17:45", "2026-04-03T17:45:00+01:00")]
    [InlineData("03 April 2026 17:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London", "2026-04-03T17:45:00+01:00")] // Windows zone name: London local
    [InlineData("Fri, 3 Apr 2026 17:45 GMT+1", "2026-04-03T17:45:00+01:00")]
    [InlineData("vendredi 3 avril 2026 17:45", "2026-04-03T17:45:00+01:00")]               // French Outlook
    [InlineData("ven. 3 avr. 2026 à 17:45", "2026-04-03T17:45:00+01:00")]                  // French Gmail
    [InlineData("Freitag, 3. April 2026 17:45", "2026-04-03T17:45:00+01:00")]              // German Outlook
    [InlineData("Fr., 3. Apr. 2026 um 17:45 Uhr", "2026-04-03T17:45:00+01:00")]            // German Gmail
    [InlineData("03.04.2026 17:45", "2026-04-03T17:45:00+01:00")]
    [InlineData("Dydd Gwener, 3 Ebrill 2026 17:45", "2026-04-03T17:45:00+01:00")]          // Welsh
    [InlineData("piątek, 3 kwietnia 2026 17:45", "2026-04-03T17:45:00+01:00")]             // Polish Outlook
    [InlineData("pt., 3 kwi 2026 o 17:45", "2026-04-03T17:45:00+01:00")]                   // Polish Gmail
    [InlineData("viernes, 3 de abril de 2026 17:45", "2026-04-03T17:45:00+01:00")]         // Spanish
    [InlineData("vineri, 3 aprilie 2026 17:45", "2026-04-03T17:45:00+01:00")]              // Romanian
    [InlineData("Monday, 12 January 2026 09:05", "2026-01-12T09:05:00+00:00")]             // GMT in winter
    [InlineData("12/01/2026 09:05", "2026-01-12T09:05:00+00:00")]
    [InlineData("01/13/2026 09:05", "2026-01-13T09:05:00+00:00")]                          // only the US reading exists
    [InlineData("Tue 01/13/26 9:05 AM", "2026-01-13T09:05:00+00:00")]
    [InlineData("12 January 2026 12:30 AM", "2026-01-12T00:30:00+00:00")]
    [InlineData("12 January 2026 12:30 PM", "2026-01-12T12:30:00+00:00")]
    public void ParseReadsEveryLayoutAsLondonTime(string text, string expected)
    {
        var written = WrittenDateParser.Parse(text);

        Assert.NotNull(written);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), DateReading.Of(written).Instant);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, DateReading.Of(written).Instant.Offset);
    }

    [Fact]
    public void ParseReadsANumericDateDayFirstAndSaysSo()
    {
        var reading = DateReading.Of(WrittenDateParser.Parse("03/04/2026 17:45")!);

        Assert.Equal(new DateOnly(2026, 4, 3), reading.Day);
        Assert.Equal(DateConfidence.Medium, reading.Confidence);
        Assert.Contains(reading.Warnings, w => w.Code == "assumed-day-first");
    }

    [Fact]
    public void ParseTakesTheUsOrderWhenTheWrittenWeekdayOnlyFitsIt()
    {
        // 4 March 2026 was a Wednesday; 3 April a Friday.
        var written = WrittenDateParser.Parse("Wed 03/04/2026 17:45")!;

        Assert.Equal(new DateOnly(2026, 3, 4), written.Date);
        Assert.Equal(DayMonthOrder.MonthFirst, written.Order);
        Assert.True(written.WeekdayAgrees);
    }

    [Fact]
    public void OfTakesTheUsOrderWhenTheUkReadingComesAfterTheForward()
    {
        var forwardedAt = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

        var reading = DateReading.Of(WrittenDateParser.Parse("03/04/2026 17:45")!, forwardedAt);

        Assert.Equal(new DateOnly(2026, 3, 4), reading.Day);
        Assert.Contains(reading.Warnings, w => w.Code == "read-month-first");
    }

    [Fact]
    public void OfLowersConfidenceWhenTheWeekdayDisagrees()
    {
        var reading = DateReading.Of(WrittenDateParser.Parse("Thursday, 3 April 2026 17:45")!);

        Assert.Equal(new DateOnly(2026, 4, 3), reading.Day);
        Assert.Equal(DateConfidence.Low, reading.Confidence);
        Assert.Contains(reading.Warnings, w => w.Code == "weekday-mismatch");
    }

    [Fact]
    public void OfWarnsWhenTheOriginalIsAfterTheForward()
    {
        var reading = DateReading.Of(WrittenDateParser.Parse("Fri, 3 Apr 2026 17:45:12 +0100")!, new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(DateConfidence.Low, reading.Confidence);
        Assert.Contains(reading.Warnings, w => w.Code == "original-after-forward");
    }

    [Fact]
    public void OfReadsBstAsOneHourAheadOfGmtUnlikeMimeKit()
    {
        var reading = DateReading.Of(WrittenDateParser.Parse("3 April 2026 at 00:30:00 BST")!);

        Assert.Equal(new DateTimeOffset(2026, 4, 2, 23, 30, 0, TimeSpan.Zero), reading.Instant.ToUniversalTime());
        Assert.Equal(new DateOnly(2026, 4, 3), reading.Day);
        Assert.Equal(DateConfidence.High, reading.Confidence);
    }

    // Across the clock changes of 2026: 29 March 01:00 GMT → 02:00 BST; 25 October 02:00 BST → 01:00 GMT.
    [Theory]
    [InlineData("29/03/2026 00:59", "2026-03-29T00:59:00+00:00", null)]
    [InlineData("29/03/2026 01:30", "2026-03-29T02:30:00+01:00", "clock-change-gap")]      // never happened: same instant as 01:30 GMT
    [InlineData("29/03/2026 02:00", "2026-03-29T02:00:00+01:00", null)]
    [InlineData("25/10/2026 00:59", "2026-10-25T00:59:00+01:00", null)]
    [InlineData("25/10/2026 01:30", "2026-10-25T01:30:00+01:00", "clock-change-repeated")] // twice: the first, BST
    [InlineData("25/10/2026 02:00", "2026-10-25T02:00:00+00:00", null)]
    public void OfReadsUnzonedTimesAcrossTheClockChange(string text, string expected, string? warning)
    {
        var reading = DateReading.Of(WrittenDateParser.Parse(text)!);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset, reading.Instant.Offset);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), reading.Instant);
        if (warning is null) Assert.DoesNotContain(reading.Warnings, w => w.Code.StartsWith("clock-change", StringComparison.Ordinal));
        else Assert.Contains(reading.Warnings, w => w.Code == warning);
    }

    // The received day is the UK date of the instant, so late-evening mail from elsewhere lands on the next UK day.
    [Theory]
    [InlineData("Fri, 3 Apr 2026 19:30:00 -0400", "2026-04-04")]
    [InlineData("Fri, 3 Apr 2026 23:30:00 +0000", "2026-04-04")] // 00:30 BST
    [InlineData("Sat, 31 Jan 2026 23:59:59 +0000", "2026-01-31")] // GMT: still Saturday
    public void DayIsTheUkDateOfTheInstant(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), DateReading.Of(WrittenDateParser.Parse(text)!).Day);
    }

    [Theory]
    [InlineData("")]
    [InlineData("next Tuesday")]
    [InlineData("31/02/2026 10:00")]
    [InlineData("Subject: complaint about my son's social worker")]
    [InlineData("99:99 on 45/45/2026")]
    public void ParseReturnsNullGivenNoDate(string text)
    {
        Assert.Null(WrittenDateParser.Parse(text));
    }

    [Fact]
    public void ParseIgnoresZeroWidthCharactersHiddenInTheDate()
    {
        var written = WrittenDateParser.Parse("03\u200B April\u200D 2026 17:\uFEFF45");

        Assert.Equal(new DateOnly(2026, 4, 3), written?.Date);
        Assert.Equal(new TimeOnly(17, 45), written?.Time);
    }
}
