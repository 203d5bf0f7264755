using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Subject access over real HTTP on the real host: person search by name, email and phone, its refusals, requests
/// and their clock, and the pack opened as a zip; searches and packs leave access log entries.</summary>
public sealed class SubjectAccessTests : IDisposable
{
    private readonly ApiHost _host = new();

    private async Task<(string Id, string Reference)> LogAsync(string name, string contact)
    {
        var body = Json.Complaint().Replace("\"name\": \"A Parent\"", $"\"name\": \"{name}\", \"contact\": \"{contact}\"");
        var response = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var logged = await response.ReadObjectAsync();
        return ((string)logged["case"]!["id"]!, (string)logged["case"]!["reference"]!);
    }

    private async Task KeepEmailAsync(string caseId, string raw)
    {
        var eml = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(raw));
        eml.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        Assert.Equal(HttpStatusCode.Created, (await _host.As("dev-officer").PostAsync($"/api/cases/{caseId}/emails", eml)).StatusCode);
    }

    private async Task<JsonArray> SearchAsync(string query)
    {
        var response = await _host.As("dev-officer").GetAsync($"/api/subject-access/search?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadArrayAsync();
    }

    private async Task<JsonArray> CaseLogAsync(string id) => await (await _host.As("dev-officer").GetAsync($"/api/cases/{id}/access-log")).ReadArrayAsync();

    [Theory]
    [InlineData("name=mary%20smith")]
    [InlineData("name=SMITH,%20%20Mary")]
    [InlineData("email=Mary.Smith@Example.org")]
    [InlineData("phone=%2B44%207700%20900123")]
    public async Task An_officer_finds_a_persons_cases_by_name_email_or_phone_and_the_search_is_in_the_access_log(string query)
    {
        var (id, reference) = await LogAsync("Mary Smith", "mary.smith@example.org");
        var (phoned, _) = await LogAsync("M Smith", "07700 900123");
        await LogAsync("John Brown", "john@example.org");

        var found = await SearchAsync(query);

        var expected = query.StartsWith("phone", StringComparison.Ordinal) ? phoned : id;
        var only = Assert.Single(found);
        Assert.Equal(expected, (string?)only!["id"]);
        Assert.NotNull(only["reference"]);
        Assert.Equal(("statutoryComplaint", "Children in Care", "2026-05-01"), ((string?)only["kind"], (string?)only["team"], (string?)only["receivedOn"]));
        Assert.NotEmpty(only["matched"]!.AsArray());
        var read = Assert.Single(await CaseLogAsync(expected));
        Assert.Equal(("dev-officer", "subjectAccessSearch"), ((string?)read!["readerId"], (string?)read["through"]));
        _ = reference;
    }

    [Theory]
    [InlineData("dev-social-worker", "name=mary", HttpStatusCode.Forbidden, null)]
    [InlineData("dev-manager", "name=mary", HttpStatusCode.Forbidden, null)]
    [InlineData("dev-officer", "", HttpStatusCode.BadRequest, "name")]
    [InlineData("dev-officer", "name=%20%20", HttpStatusCode.BadRequest, "name")]
    [InlineData("dev-officer", "name=J", HttpStatusCode.BadRequest, "name")]
    [InlineData("dev-officer", "email=mary", HttpStatusCode.BadRequest, "email")]
    [InlineData("dev-officer", "phone=0770", HttpStatusCode.BadRequest, "phone")]
    public async Task A_search_is_refused_to_anyone_but_officers_and_without_something_to_search_for(string persona, string query, HttpStatusCode status, string? field)
    {
        var response = await _host.As(persona).GetAsync($"/api/subject-access/search?{query}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(field, (string?)(await response.ReadObjectAsync())["field"]);
    }

    [Fact]
    public async Task A_request_is_recorded_with_its_one_month_due_date_moved_by_the_identity_check_and_listed()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/subject-access/requests", Json.Body("""
            { "requester": "Mary Smith", "email": "mary.smith@example.org", "receivedOn": "2026-05-01", "identityConfirmedOn": "2026-05-06" }
            """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recorded = await response.ReadObjectAsync();
        Assert.Equal(("SAR-2026-0001", "2026-06-08"), ((string?)recorded["reference"], (string?)recorded["dueOn"]));
        var listed = Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/subject-access/requests")).ReadArrayAsync());
        Assert.Equal((string?)recorded["id"], (string?)listed!["id"]);
    }

    [Theory]
    [InlineData("dev-manager", """{ "requester": "Mary Smith", "receivedOn": "2026-05-01" }""", HttpStatusCode.Forbidden, null)]
    [InlineData("dev-officer", """{ "requester": " ", "receivedOn": "2026-05-01" }""", HttpStatusCode.BadRequest, "requester")]
    [InlineData("dev-officer", """{ "requester": "Mary Smith", "receivedOn": "2026-06-02" }""", HttpStatusCode.BadRequest, "receivedOn")]
    [InlineData("dev-officer", """{ "requester": "Mary Smith", "receivedOn": "2026-05-01", "extensionToldOn": "2026-06-02" }""", HttpStatusCode.BadRequest, "extensionToldOn")]
    public async Task A_request_is_refused_to_anyone_but_officers_and_when_its_dates_break_the_rules(string persona, string body, HttpStatusCode status, string? field)
    {
        var response = await _host.As(persona).PostAsync("/api/subject-access/requests", Json.Body(body));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(field, (string?)(await response.ReadObjectAsync())["field"]);
        Assert.Empty(await (await _host.As("dev-officer").GetAsync("/api/subject-access/requests")).ReadArrayAsync());
    }

    [Fact]
    public async Task The_pack_holds_the_persons_cases_with_their_emails_and_attachments_and_flags_third_parties()
    {
        var (id, reference) = await LogAsync("Mary Smith", "mary.smith@example.org");
        var (other, otherReference) = await LogAsync("John Brown", "john@example.org");
        await KeepEmailAsync(id, "Message-ID: <from-mary@mail.example>\r\nFrom: Mary Smith <Mary.Smith@example.org>\r\nSubject: My complaint\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nPlease see the letter.\r\n" +
            "--b1\r\nContent-Type: text/plain; name=letter.txt\r\nContent-Disposition: attachment; filename=letter.txt\r\n\r\nDear council\r\n--b1--\r\n");
        await KeepEmailAsync(id, "Message-ID: <from-school@mail.example>\r\nFrom: head@school.example\r\nSubject: About Mary's son\r\n\r\nA note.\r\n");
        var request = await (await _host.As("dev-officer").PostAsync("/api/subject-access/requests",
            Json.Body("""{ "requester": "Mary Smith", "email": "mary.smith@example.org", "receivedOn": "2026-05-20" }"""))).ReadObjectAsync();

        var response = await _host.As("dev-officer").PostAsync($"/api/subject-access/requests/{request["id"]}/pack", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("index.html", names);
        Assert.Contains($"cases/{reference}/case.json", names);
        Assert.Equal(2, names.Count(n => n.StartsWith($"cases/{reference}/emails/", StringComparison.Ordinal) && n.EndsWith(".eml", StringComparison.Ordinal)));
        var attachment = Assert.Single(names, n => n.StartsWith($"cases/{reference}/attachments/", StringComparison.Ordinal));
        Assert.Equal("Dear council", Read(zip, attachment).Trim());
        Assert.DoesNotContain(names, n => n.Contains(otherReference, StringComparison.Ordinal));

        var json = JsonNode.Parse(Read(zip, $"cases/{reference}/case.json"))!;
        Assert.Equal("Mary Smith", (string?)json["case"]!["complainant"]!["name"]);
        Assert.NotEmpty(json["case"]!["audit"]!.AsArray());
        var flagged = json["redactionReview"]!.AsArray().Select(f => (string?)f!["where"]).ToArray();
        Assert.Contains("children[0]", flagged);
        Assert.Contains("summary", flagged);
        Assert.DoesNotContain("complainant.name", flagged);
        var emailFlags = json["redactionReview"]!.AsArray().Where(f => ((string?)f!["where"])!.EndsWith(".eml", StringComparison.Ordinal))
            .Select(f => (string?)f!["why"]).ToArray();
        Assert.Contains(emailFlags, w => w!.StartsWith("An email from the requester", StringComparison.Ordinal));
        Assert.Contains(emailFlags, w => w!.StartsWith("An email from someone other than the requester", StringComparison.Ordinal));

        var page = Read(zip, "index.html");
        Assert.Contains($"Case {reference}", page);
        Assert.Contains("Review for third parties", page);
        Assert.Contains("children[0]", page);

        var read = Assert.Single(await CaseLogAsync(id));
        Assert.Equal(("dev-officer", "subjectAccessPack"), ((string?)read!["readerId"], (string?)read["through"]));
        Assert.Empty(await CaseLogAsync(other));
    }

    [Fact]
    public async Task Answering_a_request_stops_its_clock_once_and_not_before_it_was_received()
    {
        var request = await (await _host.As("dev-officer").PostAsync("/api/subject-access/requests",
            Json.Body("""{ "requester": "Mary Smith", "receivedOn": "2026-05-20" }"""))).ReadObjectAsync();
        var answer = $"/api/subject-access/requests/{request["id"]}/answered";

        var early = await _host.As("dev-officer").PostAsync(answer, Json.Body("""{ "answeredOn": "2026-05-19" }"""));
        var answered = await _host.As("dev-officer").PostAsync(answer, Json.Body("""{ "answeredOn": "2026-05-29" }"""));
        var again = await _host.As("dev-officer").PostAsync(answer, Json.Body("""{ "answeredOn": "2026-05-30" }"""));

        Assert.Equal((HttpStatusCode.BadRequest, "answeredOn"), (early.StatusCode, (string?)(await early.ReadObjectAsync())["field"]));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "already-answered"), (again.StatusCode, (string?)(await again.ReadObjectAsync())["rule"]));
        var listed = Assert.Single(await (await _host.As("dev-officer").GetAsync("/api/subject-access/requests")).ReadArrayAsync());
        Assert.Equal("2026-05-29", (string?)listed!["answeredOn"]);
    }

    [Fact]
    public async Task Only_officers_may_build_a_pack()
    {
        var request = await (await _host.As("dev-officer").PostAsync("/api/subject-access/requests",
            Json.Body("""{ "requester": "Mary Smith", "receivedOn": "2026-05-20" }"""))).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await _host.As("dev-manager").PostAsync($"/api/subject-access/requests/{request["id"]}/pack", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.As("dev-officer").PostAsync($"/api/subject-access/requests/{Guid.NewGuid()}/pack", null)).StatusCode);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => _host.Dispose();
}
