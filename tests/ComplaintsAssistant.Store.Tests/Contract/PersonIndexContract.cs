using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.SubjectAccess;
using ComplaintsAssistant.Core.Timescales;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Store.Tests.Contract;

/// <summary>What every person index must do, searched the way officers search (<see cref="PersonSearch"/>). Each store's
/// test class supplies a fresh, empty store that is the case store, the person index and the access log at once.</summary>
public abstract class PersonIndexContract
{
    protected abstract Task<ICaseStore> NewStoreAsync();

    /// <summary>Makes the case look as it did before the person index existed (an upgraded file or container).</summary>
    protected abstract Task ForgetPeopleAsync(ICaseStore store, Guid caseId);

    private static int _number;
    private static readonly Actor Officer = new("officer-1", "Olu Officer", Role.ComplaintsOfficer, []);

    private static Case WithComplainant(string? name, string? contact = null, DateOnly? receivedOn = null)
    {
        var input = SampleCases.StatutoryInput(receivedOn: receivedOn) with
        {
            Complainant = new Complainant(ComplainantRelationship.Parent, Name: name, Contact: contact),
        };
        return Case.Log(input, $"CC-2026-P{Interlocked.Increment(ref _number):0000}", Guid.NewGuid(), "officer-1", SampleCases.Now, ClockRules.Default).Value;
    }

    private static async Task<Case> AddAsync(ICaseStore store, Case subject)
    {
        await store.AddAsync(subject, SampleCases.Index(subject));
        return subject;
    }

    private static async Task<IReadOnlyList<PersonFound>> SearchAsync(ICaseStore store, PersonQuery query)
    {
        var search = new PersonSearch((IPersonIndex)store, (IAccessLog)store, new FakeTimeProvider(SampleCases.Now));
        var found = await search.FindAsync(Officer, query);
        Assert.True(found.Succeeded, found.Error?.Message);
        return found.Value;
    }

    [Theory]
    [InlineData("Mary O'Brien-Smith")]
    [InlineData("mary   o'brien-smith")]
    [InlineData("SMITH, Mary")]
    [InlineData("  Smith   Mary  OBrien ")]
    public async Task A_complainant_is_found_by_their_name_in_any_case_order_or_spacing(string searched)
    {
        var store = await NewStoreAsync();
        var theirs = await AddAsync(store, WithComplainant("Mary O'Brien-Smith"));
        await AddAsync(store, WithComplainant("Mary Jones"));

        var found = await SearchAsync(store, new PersonQuery(Name: searched));

        var only = Assert.Single(found);
        Assert.Equal((theirs.Id, theirs.Reference, PersonField.ComplainantName), (only.Id, only.Reference, Assert.Single(only.Matched)));
        Assert.Equal((CaseKind.StatutoryComplaint, "Children in Care", theirs.ReceivedOn), (only.Kind, only.Team, only.ReceivedOn));
    }

    [Fact]
    public async Task A_names_words_must_all_be_held_by_one_case()
    {
        var store = await NewStoreAsync();
        await AddAsync(store, WithComplainant("John Brown"));

        Assert.Empty(await SearchAsync(store, new PersonQuery(Name: "John Smith")));
        Assert.Single(await SearchAsync(store, new PersonQuery(Name: "john")));
    }

    [Theory]
    [InlineData("Mary.Smith@Example.ORG", "mary.smith@example.org")]
    [InlineData("mary.smith@example.org", " MARY.SMITH@example.org ")]
    public async Task A_complainant_is_found_by_their_email_whatever_its_case(string stored, string searched)
    {
        var store = await NewStoreAsync();
        var theirs = await AddAsync(store, WithComplainant("Mary Smith", stored));

        var only = Assert.Single(await SearchAsync(store, new PersonQuery(Email: searched)));

        Assert.Equal((theirs.Id, PersonField.ComplainantContact), (only.Id, Assert.Single(only.Matched)));
    }

    [Theory]
    [InlineData("07700 900123", "+44 7700 900123")]
    [InlineData("+44 (0)7700 900123", "07700900123")]
    [InlineData("0044 7700-900-123", "077 0090 0123")]
    public async Task A_complainant_is_found_by_their_phone_however_it_is_written(string stored, string searched)
    {
        var store = await NewStoreAsync();
        var theirs = await AddAsync(store, WithComplainant("Mary Smith", stored));
        await AddAsync(store, WithComplainant("Someone Else", "07700 900124"));

        var only = Assert.Single(await SearchAsync(store, new PersonQuery(Phone: searched)));

        Assert.Equal(theirs.Id, only.Id);
    }

    [Fact]
    public async Task A_changed_case_is_found_by_its_new_details_and_no_longer_by_its_old_ones_but_keeps_its_emails_senders()
    {
        var store = await NewStoreAsync();
        var subject = await AddAsync(store, WithComplainant("Mary Smith"));
        await ((IPersonIndex)store).AddSenderAsync(subject.Id, PersonIndex.Sender("Mary <m.smith@example.org>")!);
        var corrected = Case.Restore(subject.Snapshot with { Complainant = new Complainant(ComplainantRelationship.Parent, Name: "Marie Smyth") });

        var version = (await store.GetAsync(subject.Id))!.Version;

        Assert.True((await store.UpdateAsync(corrected, SampleCases.Index(corrected), version)).Succeeded);

        Assert.Empty(await SearchAsync(store, new PersonQuery(Name: "Mary Smith")));
        Assert.Single(await SearchAsync(store, new PersonQuery(Name: "marie smyth")));
        var bySender = Assert.Single(await SearchAsync(store, new PersonQuery(Email: "M.Smith@example.org")));
        Assert.Equal([PersonField.EmailSender], bySender.Matched);
    }

    [Fact]
    public async Task Results_are_newest_received_first_and_each_search_is_in_the_access_log_without_the_name()
    {
        var store = await NewStoreAsync();
        var older = await AddAsync(store, WithComplainant("Sam Patel", receivedOn: new DateOnly(2025, 11, 3)));
        var newer = await AddAsync(store, WithComplainant("Sam Patel", receivedOn: new DateOnly(2026, 4, 1)));

        var found = await SearchAsync(store, new PersonQuery(Name: "sam patel"));

        Assert.Equal([newer.Id, older.Id], found.Select(f => f.Id));
        var read = Assert.Single(await ((IAccessLog)store).ListForCaseAsync(older.Id, 0, 10));
        Assert.Equal(("officer-1", ReadChannel.SubjectAccessSearch, older.Reference), (read.ReaderId, read.Through, read.Reference));
    }

    [Fact]
    public async Task Deleting_a_cases_keys_leaves_nothing_that_finds_it()
    {
        var store = await NewStoreAsync();
        var subject = await AddAsync(store, WithComplainant("Ada Lovelace", "ada@example.org"));
        await ((IPersonIndex)store).AddSenderAsync(subject.Id, PersonIndex.Sender("ada@example.org")!);

        await ((IPersonIndex)store).DeleteForCaseAsync(subject.Id);

        Assert.Empty(await ((IPersonIndex)store).FindAsync(["e:ada@example.org"], 10));
        Assert.Empty(await ((IPersonIndex)store).FindAsync(["n:ada", "n:lovelace"], 10));
    }

    [Fact]
    public async Task The_backfill_indexes_cases_saved_before_the_index_once()
    {
        var store = await NewStoreAsync();
        var old = await AddAsync(store, WithComplainant("Grace Hopper", "07700 900555"));
        await ForgetPeopleAsync(store, old.Id);
        Assert.Empty(await SearchAsync(store, new PersonQuery(Phone: "07700900555")));

        Assert.Equal(1, await ((IPersonIndex)store).BackfillAsync());
        Assert.Equal(0, await ((IPersonIndex)store).BackfillAsync());

        Assert.Equal(old.Id, Assert.Single(await SearchAsync(store, new PersonQuery(Name: "hopper grace", Phone: "+447700900555"))).Id);
    }
}
