using ComplaintsAssistant.Core.Common;
using ComplaintsAssistant.Core.EmailIntake.Linking;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>The email intake's view of the store: which case an email belongs to, by the email a case was made from,
/// by our reference, or by any email kept with a case (a later email, or the council's acknowledgement).</summary>
public abstract partial class CaseStoreContract
{
    private async Task<(IEmailCaseLookup Lookup, ICaseMessageIds Kept, ComplaintsAssistant.Core.Cases.Case First, ComplaintsAssistant.Core.Cases.Case Second)> TwoEmailedCasesAsync()
    {
        var store = await NewStoreAsync();
        var first = SampleCases.Statutory(intakeKey: "<first@mail.example>");
        var second = SampleCases.Statutory(intakeKey: "<second@mail.example>");
        foreach (var c in new[] { first, second }) await store.AddAsync(c, SampleCases.Index(c));
        return ((IEmailCaseLookup)store, (ICaseMessageIds)store, first, second);
    }

    [Fact]
    public async Task TheCaseAnEmailMadeIsFoundByItsIdAndTheCaseQuotedByItsReference()
    {
        var (lookup, _, first, second) = await TwoEmailedCasesAsync();

        Assert.Equal(new LinkedCase(first.Id, first.Reference), await lookup.FindByIntakeKeyAsync("<first@mail.example>"));
        Assert.Equal(new LinkedCase(second.Id, second.Reference), await lookup.FindByReferenceAsync(second.Reference));
        Assert.Null(await lookup.FindByIntakeKeyAsync("<nobody@mail.example>"));
        Assert.Null(await lookup.FindByReferenceAsync("CC-1999-0001"));
    }

    [Fact]
    public async Task AReplyFindsTheCaseKeepingAnyEmailOfItsConversationNewestFirst()
    {
        var (lookup, kept, first, second) = await TwoEmailedCasesAsync();
        Assert.True((await kept.KeepAsync(first.Id, ["<ack-1@council.example>", "<later@mail.example>"])).Succeeded);
        Assert.True((await kept.KeepAsync(second.Id, ["<ack-2@council.example>"])).Succeeded);

        var byAcknowledgement = await lookup.FindByConversationAsync(["<unknown@mail.example>", "<ack-1@council.example>"]);
        var newestWins = await lookup.FindByConversationAsync(["<ack-2@council.example>", "<ack-1@council.example>"]);
        var byTheEmailThatMadeIt = await lookup.FindByConversationAsync(["<second@mail.example>"]);

        Assert.Equal(new LinkedCase(first.Id, first.Reference, CaseLink.SameConversation), byAcknowledgement);
        Assert.Equal(second.Id, newestWins?.Id);
        Assert.Equal(new LinkedCase(second.Id, second.Reference, CaseLink.SameConversation), byTheEmailThatMadeIt);
        Assert.Null(await lookup.FindByConversationAsync(["<unknown@mail.example>"]));
        Assert.Null(await lookup.FindByConversationAsync([]));
    }

    [Fact]
    public async Task KeepingAnEmailAgainForTheSameCaseChangesNothing()
    {
        var (lookup, kept, first, _) = await TwoEmailedCasesAsync();

        var once = await kept.KeepAsync(first.Id, ["<ack-1@council.example>"]);
        var again = await kept.KeepAsync(first.Id, ["<ack-1@council.example>", "<ack-1@council.example>", "<first@mail.example>"]);

        Assert.True(once.Succeeded);
        Assert.True(again.Succeeded);
        Assert.Equal(first.Id, (await lookup.FindByConversationAsync(["<ack-1@council.example>"]))?.Id);
    }

    [Fact]
    public async Task AnEmailBelongsToOneCaseAndARefusedBatchKeepsNothing()
    {
        var (lookup, kept, first, second) = await TwoEmailedCasesAsync();
        await kept.KeepAsync(first.Id, ["<ack-1@council.example>"]);

        var keptByFirst = await kept.KeepAsync(second.Id, ["<new-1@mail.example>", "<ack-1@council.example>"]);
        var madeFirst = await kept.KeepAsync(second.Id, ["<new-2@mail.example>", "<first@mail.example>"]);

        Assert.Equal(ErrorKind.Conflict, keptByFirst.Error?.Kind);
        Assert.Equal("message-id-kept-by-another-case", keptByFirst.Error?.Rule);
        Assert.Equal($"The email <ack-1@council.example> already belongs to {first.Reference}: an email belongs to one case.", keptByFirst.Error?.Message);
        Assert.Equal(ErrorKind.Conflict, madeFirst.Error?.Kind);
        Assert.Contains(first.Reference, madeFirst.Error?.Message);
        Assert.Null(await lookup.FindByConversationAsync(["<new-1@mail.example>", "<new-2@mail.example>"]));
        Assert.Equal(first.Id, (await lookup.FindByConversationAsync(["<ack-1@council.example>"]))?.Id);
    }

    [Fact]
    public async Task KeepingEmailsForACaseThatIsNotStoredOrWithBlankIdsIsRefused()
    {
        var (_, kept, first, _) = await TwoEmailedCasesAsync();

        Assert.Equal(ErrorKind.NotFound, (await kept.KeepAsync(Guid.NewGuid(), ["<ack@council.example>"])).Error?.Kind);
        Assert.Equal("blank-message-id", (await kept.KeepAsync(first.Id, ["<ack@council.example>", " "])).Error?.Rule);
        Assert.Equal("too-many-message-ids", (await kept.KeepAsync(first.Id, Enumerable.Range(0, 101).Select(i => $"<{i}@x>").ToArray())).Error?.Rule);
    }
}
