using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every access log must do. Each store's test class supplies a fresh, empty store.</summary>
public abstract class AccessLogContract
{
    protected abstract Task<IAccessLog> NewLogAsync();

    private static readonly DateTimeOffset Monday = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);

    private static CaseRead Read(Guid caseId, string reader, int minutes, ReadChannel through = ReadChannel.Api, bool refused = false) =>
        new(caseId, "CC-2026-0001", reader, Monday.AddMinutes(minutes), through, refused);

    [Fact]
    public async Task A_cases_reads_come_back_newest_first_as_recorded_and_only_that_cases()
    {
        var log = await NewLogAsync();
        var subject = Guid.NewGuid();
        var other = Guid.NewGuid();
        var first = Read(subject, "staff-1", 0, ReadChannel.TeamsBot);
        var second = Read(subject, "staff-2", 5, ReadChannel.OutlookAddin, refused: true);
        var third = Read(subject, "officer-1", 10, ReadChannel.DeadlinePrompt) with { At = Monday.AddMinutes(10).ToOffset(TimeSpan.FromHours(1)) };
        foreach (var read in new[] { second, first, Read(other, "staff-1", 7), third }) await log.RecordAsync(read);

        var reads = await log.ListForCaseAsync(subject, 0, 10);

        Assert.Equal([third.At, second.At, first.At], reads.Select(r => r.At));
        Assert.Equal(first, reads[2]);
        Assert.Equal(second, reads[1]);
        Assert.Equal(("officer-1", ReadChannel.DeadlinePrompt), (reads[0].ReaderId, reads[0].Through));
        Assert.Empty(await log.ListForCaseAsync(Guid.NewGuid(), 0, 10));
    }

    [Fact]
    public async Task A_cases_reads_page_without_repeating_or_skipping()
    {
        var log = await NewLogAsync();
        var subject = Guid.NewGuid();
        for (var i = 0; i < 5; i++) await log.RecordAsync(Read(subject, $"reader-{i}", i));

        var pages = new[] { await log.ListForCaseAsync(subject, 0, 2), await log.ListForCaseAsync(subject, 2, 2), await log.ListForCaseAsync(subject, 4, 2) };

        Assert.Equal(["reader-4", "reader-3", "reader-2", "reader-1", "reader-0"], pages.SelectMany(p => p).Select(r => r.ReaderId));
        Assert.Single(pages[2]);
    }

    [Fact]
    public async Task A_persons_reads_are_those_in_the_period_from_inclusive_to_exclusive()
    {
        var log = await NewLogAsync();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        foreach (var read in new[] { Read(a, "staff-1", -1), Read(a, "staff-1", 0), Read(b, "staff-1", 30), Read(b, "staff-2", 31), Read(a, "staff-1", 60) })
            await log.RecordAsync(read);

        var reads = await log.ListForReaderAsync("staff-1", Monday, Monday.AddMinutes(60), 0, 10);

        Assert.Equal([(b, 30), (a, 0)], reads.Select(r => (r.CaseId, (int)(r.At - Monday).TotalMinutes)));
        Assert.Empty(await log.ListForReaderAsync("nobody", Monday.AddDays(-1), Monday.AddDays(1), 0, 10));
    }

    [Fact]
    public async Task Deleting_before_a_time_removes_only_older_reads()
    {
        var log = await NewLogAsync();
        var subject = Guid.NewGuid();
        foreach (var minutes in new[] { -10, -1, 0, 10 }) await log.RecordAsync(Read(subject, "staff-1", minutes));

        var deleted = await log.DeleteBeforeAsync(Monday);

        Assert.Equal(2, deleted);
        Assert.Equal([10, 0], (await log.ListForCaseAsync(subject, 0, 10)).Select(r => (int)(r.At - Monday).TotalMinutes));
        Assert.Equal(0, await log.DeleteBeforeAsync(Monday));
    }
}
