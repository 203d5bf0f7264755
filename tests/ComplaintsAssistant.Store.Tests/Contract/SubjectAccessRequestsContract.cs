using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every store of subject access requests must do. Each store's test class supplies a fresh, empty store.</summary>
public abstract class SubjectAccessRequestsContract
{
    protected abstract Task<ISubjectAccessRequests> NewStoreAsync();

    private static SubjectAccessRequest Request(string reference, DateOnly receivedOn, DateOnly? confirmed = null, DateOnly? told = null) =>
        new(Guid.NewGuid(), reference, "Mary O'Brien", "mary@example.org", "+447700900123", receivedOn, confirmed, told, "officer-1",
            new DateTimeOffset(2026, 6, 1, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_request_comes_back_as_recorded_with_its_clocks_dates()
    {
        var store = await NewStoreAsync();
        var request = Request("SAR-2026-0001", new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 8), new DateOnly(2026, 5, 20));

        await store.AddAsync(request);

        Assert.Equal(request, await store.GetAsync(request.Id));
        Assert.Null(await store.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Requests_are_listed_oldest_received_first()
    {
        var store = await NewStoreAsync();
        var later = Request("SAR-2026-0002", new DateOnly(2026, 5, 20));
        var earlier = Request("SAR-2026-0001", new DateOnly(2026, 5, 4));
        await store.AddAsync(later);
        await store.AddAsync(earlier);

        Assert.Equal([earlier, later], await store.ListAsync());
    }
}
