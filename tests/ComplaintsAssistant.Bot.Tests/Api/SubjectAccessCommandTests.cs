using System.IO.Compression;
using System.Net;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>The pack as one command on the server (<c>ca-subject-access pack SAR-… --by NAME</c>), from the store and email
/// store the host uses, every case it reads in the access log under the officer's name.</summary>
public sealed class SubjectAccessCommandTests : IDisposable
{
    private readonly ApiHost _host = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("ca-sar-").FullName;

    [Fact]
    public async Task TheCommandBuildsTheRequestsPackAndTheAccessLogNamesTheOfficer()
    {
        var officer = _host.As("dev-officer");
        var logged = await (await officer.PostAsync("/api/cases", Json.Body(Json.Complaint()
            .Replace("\"name\": \"A Parent\"", "\"name\": \"Mary Smith\", \"contact\": \"mary.smith@example.org\"")))).ReadObjectAsync();
        var (id, reference) = ((string)logged["case"]!["id"]!, (string)logged["case"]!["reference"]!);
        var request = await (await officer.PostAsync("/api/subject-access/requests",
            Json.Body("""{ "requester": "Mary Smith", "email": "mary.smith@example.org", "receivedOn": "2026-05-20" }"""))).ReadObjectAsync();
        var sar = (string)request["reference"]!;

        var (listExit, listed) = await RunAsync("requests");
        var (exit, output) = await RunAsync("pack", sar.ToLowerInvariant(), "--by", "Olive Officer", "--out", Path.Combine(_folder, "packs"));

        Assert.True(listExit == 0, listed);
        Assert.Contains($"{sar}  received 2026-05-20  due 2026-06-22  open", listed); // 20 June 2026 is a Saturday
        Assert.True(exit == 0, output);
        Assert.Contains($"{sar}: 1 case packed in", output);
        using (var zip = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(Path.Combine(_folder, "packs"), "*.zip"))))
            Assert.Contains($"cases/{reference}/case.json", zip.Entries.Select(e => e.FullName));
        var read = Assert.Single(await (await officer.GetAsync($"/api/cases/{id}/access-log")).ReadArrayAsync());
        Assert.Equal(("Olive Officer", "subjectAccessPack"), ((string?)read!["readerId"], (string?)read["through"]));
    }

    [Fact]
    public async Task WithoutTheOfficersNameOrAKnownRequestNothingIsRead()
    {
        var (noName, said) = await RunAsync("pack", "SAR-2026-0001");
        var (unknown, told) = await RunAsync("pack", "SAR-2026-0099", "--by", "Olive Officer");

        Assert.Equal(2, noName);
        Assert.Contains("Say who is building the pack (--by \"Your Name\")", said);
        Assert.Equal(1, unknown);
        Assert.Contains("No subject access request SAR-2026-0099", told);
    }

    private Task<(int Exit, string Output)> RunAsync(params string[] args) =>
        BuiltCommand.RunAsync("ComplaintsAssistant.SubjectAccess", "ca-subject-access.dll", _folder,
            new Dictionary<string, string> { ["Store__SqlitePath"] = _host.DatabasePath }, [.. args, "--content-root", _folder]);

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
