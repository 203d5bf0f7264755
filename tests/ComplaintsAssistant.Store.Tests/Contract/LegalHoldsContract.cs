using ComplaintsAssistant.Core.Retention;
using ComplaintsAssistant.Core.Storage;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every store of legal holds must do. Each store's test class supplies a fresh, empty store.</summary>
public abstract class LegalHoldsContract
{
    protected abstract Task<ILegalHolds> NewHoldsAsync();

    private static readonly DateTimeOffset Monday = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);

    private static LegalHold Hold(HoldScope scope, string target, int minutes) =>
        new(Guid.NewGuid(), scope, target, $"IICSA request {minutes}", "officer-1", Monday.AddMinutes(minutes));

    [Fact]
    public async Task A_placed_hold_comes_back_as_placed_and_standing_holds_list_oldest_first()
    {
        var holds = await NewHoldsAsync();
        var team = Hold(HoldScope.Team, "Children in Care", 5);
        var onCase = Hold(HoldScope.Case, Guid.NewGuid().ToString(), 0) with { SetAt = Monday.ToOffset(TimeSpan.FromHours(1)) };
        var onClass = Hold(HoldScope.Class, nameof(RecordClass.StatutoryComplaint), 10);
        foreach (var hold in new[] { team, onClass, onCase }) await holds.PlaceHoldAsync(hold);

        Assert.Equal(team, await holds.GetHoldAsync(team.Id));
        Assert.Equal([onCase.Id, team.Id, onClass.Id], (await holds.ListHoldsAsync(includeLifted: false)).Select(h => h.Id));
        Assert.Equal(onCase.SetAt, (await holds.GetHoldAsync(onCase.Id))!.SetAt);
        Assert.Null(await holds.GetHoldAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Lifting_records_who_and_when_keeps_the_hold_and_only_the_first_lift_counts()
    {
        var holds = await NewHoldsAsync();
        var hold = Hold(HoldScope.Team, "Fostering", 0);
        var standing = Hold(HoldScope.Team, "Adoption", 1);
        await holds.PlaceHoldAsync(hold);
        await holds.PlaceHoldAsync(standing);

        Assert.True(await holds.LiftHoldAsync(hold.Id, new HoldLifted("officer-2", Monday.AddDays(3))));
        Assert.False(await holds.LiftHoldAsync(hold.Id, new HoldLifted("officer-3", Monday.AddDays(4))));
        Assert.False(await holds.LiftHoldAsync(Guid.NewGuid(), new HoldLifted("officer-3", Monday.AddDays(4))));

        Assert.Equal(hold with { Lifted = new HoldLifted("officer-2", Monday.AddDays(3)) }, await holds.GetHoldAsync(hold.Id));
        Assert.Equal([standing.Id], (await holds.ListHoldsAsync(includeLifted: false)).Select(h => h.Id));
        Assert.Equal([hold.Id, standing.Id], (await holds.ListHoldsAsync(includeLifted: true)).Select(h => h.Id));
    }
}
