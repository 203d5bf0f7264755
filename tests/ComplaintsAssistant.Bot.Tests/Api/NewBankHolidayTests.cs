namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>When government declares a new bank holiday, open cases' due dates move with it: at once when a case
/// is read, and in lists once the host has applied the council's bank holiday file.</summary>
public sealed class NewBankHolidayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-holiday-").FullName;

    [Fact]
    public async Task ADeclaredHolidayMovesTheDueDateOfACaseAlreadyOpen()
    {
        var database = Path.Combine(_folder, "cases.db");
        string id;
        using (var before = new ApiHost(new() { ["Store:SqlitePath"] = database }))
        {
            var created = await (await before.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint(receivedOn: "2026-05-01")))).ReadObjectAsync();
            Assert.Equal("2026-05-18", (string?)created["deadline"]!["dueOn"]);
            id = (string)created["case"]!["id"]!;
        }

        // The published 2026 list plus an imagined one-off day on Tuesday 12 May.
        var file = Path.Combine(_folder, "bank-holidays.json");
        await File.WriteAllTextAsync(file, """
            { "england-and-wales": { "division": "england-and-wales", "events": [
              { "title": "New Year’s Day", "date": "2026-01-01", "notes": "", "bunting": true },
              { "title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": false },
              { "title": "Easter Monday", "date": "2026-04-06", "notes": "", "bunting": true },
              { "title": "Early May bank holiday", "date": "2026-05-04", "notes": "", "bunting": true },
              { "title": "A day of national celebration", "date": "2026-05-12", "notes": "", "bunting": true },
              { "title": "Spring bank holiday", "date": "2026-05-25", "notes": "", "bunting": true },
              { "title": "Summer bank holiday", "date": "2026-08-31", "notes": "", "bunting": true },
              { "title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true },
              { "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true } ] } }
            """);
        using var after = new ApiHost(new() { ["Store:SqlitePath"] = database, ["Council:BankHolidaysFile"] = file });
        var officer = after.As("dev-officer");

        var read = await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync();
        Assert.Equal("2026-05-19", (string?)read["deadline"]!["dueOn"]);
        await after.WhenStartupWorkDoneAsync();
        Assert.Equal("2026-05-19", (string?)(await (await officer.GetAsync("/api/cases")).ReadArrayAsync())[0]!["dueOn"]);
    }

    [Fact]
    public void AnUnreadableBankHolidayFileStopsTheHostNamingTheKey()
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            new ApiHost(new() { ["Council:BankHolidaysFile"] = Path.Combine(_folder, "missing.json") }).Dispose());
        Assert.Contains("Council:BankHolidaysFile", (failure.InnerException ?? failure).Message);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
