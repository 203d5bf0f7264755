using System.Collections.Immutable;

namespace ComplaintsAssistant.Core.Timescales;

// Format of Data/england-and-wales-one-off-days.json: GOV.UK's bank-holidays.json shape (division
// "england-and-wales"), so a day can be copied straight from the published list, plus one optional
// field per event, "replaces": "YYYY-MM-DD". An event without it is an extra day (a jubilee, a royal
// wedding, a state funeral). An event with it moves a recurring holiday by proclamation, and names
// the rule-computed date it takes the place of (2020: "date" 2020-05-08 "replaces" 2020-05-04), so
// that date stops being a holiday that year. Naming the old date, not just the new one, keeps a move
// explicit and reviewable; loading fails if that date is not a rule day, which catches typos.
internal sealed class OneOffDays
{
    private const string ResourceName = "ComplaintsAssistant.Core.Timescales.Data.england-and-wales-one-off-days.json";

    private readonly ImmutableDictionary<int, ImmutableArray<GovUkEvent>> byYear;

    private OneOffDays(IEnumerable<GovUkEvent> events)
    {
        byYear = events
            .GroupBy(e => e.Holiday.Date.Year)
            .ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    public static OneOffDays Embedded { get; } = Load();

    /// <summary>The rule days of <paramref name="year"/> with this year's one-off days added and moved days applied.</summary>
    public IEnumerable<BankHoliday> AppliedTo(int year, IEnumerable<BankHoliday> ruleDays)
    {
        if (!byYear.TryGetValue(year, out var events))
        {
            return ruleDays;
        }

        var replaced = events.Select(e => e.Replaces).OfType<DateOnly>().ToHashSet();
        return ruleDays.Where(d => !replaced.Contains(d.Date)).Concat(events.Select(e => e.Holiday));
    }

    private static OneOffDays Load()
    {
        using var stream = typeof(OneOffDays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var events = GovUkBankHolidaysReader.Read(reader.ReadToEnd(), ResourceName);
        foreach (var e in events)
        {
            if (e.Replaces is { } replaces
                && (replaces.Year != e.Holiday.Date.Year || !EnglandAndWalesRules.For(replaces.Year).Any(d => d.Date == replaces)))
            {
                throw new FormatException(
                    $"{ResourceName}: {e.Holiday.Date:yyyy-MM-dd} replaces {replaces:yyyy-MM-dd}, which is not a rule-computed holiday of that year.");
            }
        }

        return new OneOffDays(events);
    }
}
