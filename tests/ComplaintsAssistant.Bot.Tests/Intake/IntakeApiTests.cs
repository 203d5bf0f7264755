using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Tests.Api;
using ApiJson = ComplaintsAssistant.Bot.Tests.Api.Json;

namespace ComplaintsAssistant.Bot.Tests.Intake;

/// <summary>POST /api/intake/email through the real host: a whole email in, a draft out, a case only when the worker
/// creates it (with the message id as intakeKey), and every email that can't be read a clear 4xx problem.</summary>
public sealed class IntakeApiTests : IDisposable
{
    private readonly ApiHost _host = new(Emails.Council());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AParentsEmailIsDraftedAsAStatutoryComplaintFromHerWithTheDayItArrivedAndNothingIsCreated()
    {
        var officer = _host.As("dev-officer");

        var response = await officer.PostAsync("/api/intake/email", Emails.Eml(Emails.ParentComplaint()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.ReadObjectAsync();
        Assert.Equal("statutoryComplaint", (string?)draft["kind"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)draft["kindReason"]));
        Assert.Equal("Jane Parent", (string?)draft["complainant"]!["name"]);
        Assert.Equal("jane.parent@example.com", (string?)draft["complainant"]!["email"]);
        Assert.Equal("parent", (string?)draft["complainant"]!["relationship"]);
        Assert.Equal("2026-05-29", (string?)draft["receivedOn"]); // 21:30 in London on Friday 29 May is still Friday
        Assert.Equal("2026-05-29T21:30:05+01:00", (string?)draft["originalReceivedAt"]);
        Assert.Equal("Children in Care", (string?)draft["team"]);
        Assert.Equal("complaint-1@mail.example.com", (string?)draft["internetMessageId"]);
        // Listed fields are always there, null when not known.
        Assert.True(draft.ContainsKey("existingCase") && draft["existingCase"] is null);
        Assert.True(draft.ContainsKey("memberType") && draft["memberType"] is null);
        Assert.NotNull(draft["warnings"] as JsonArray);
        Assert.Empty(await (await officer.GetAsync("/api/cases")).ReadArrayAsync());
    }

    [Fact]
    public async Task OnceTheCaseIsCreatedWithTheMessageIdTheSameEmailDraftsAsThatCase()
    {
        var officer = _host.As("dev-officer");
        var created = await officer.PostAsync("/api/cases", ApiJson.Body(ApiJson.Complaint(receivedOn: "2026-05-29")
            .Replace("\"summary\":", "\"intakeKey\": \"complaint-1@mail.example.com\", \"summary\":")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reference = (string?)(await created.ReadObjectAsync())["case"]!["reference"];

        var draft = await (await officer.PostAsync("/api/intake/email", Emails.Eml(Emails.ParentComplaint()))).ReadObjectAsync();

        Assert.Equal(reference, (string?)draft["existingCase"]!["reference"]);
        Assert.Equal("sameMessage", (string?)draft["existingCase"]!["link"]);
        Assert.Contains(reference!, (string?)draft["kindReason"]);
    }

    [Fact]
    public async Task ACouncillorFromTheConfiguredMemberListIsAMemberEnquiry()
    {
        var draft = await (await _host.As("dev-social-worker").PostAsync("/api/intake/email", Emails.Eml(Emails.CouncillorEnquiry()))).ReadObjectAsync();

        Assert.Equal("memberEnquiry", (string?)draft["kind"]);
        Assert.Equal("councillor", (string?)draft["memberType"]);
        Assert.Equal("electedMember", (string?)draft["complainant"]!["relationship"]);
    }

    [Fact]
    public async Task AnEmailOverTheGlobalLimitButUnderTwentyFiveMegabytesIsRead()
    {
        // 3 MB of attachment: three times what any other API body may be.
        var attachment = Convert.ToBase64String(new byte[2 * 1024 * 1024], Base64FormattingOptions.InsertLineBreaks);
        var message = Emails.ParentComplaint().Replace("Content-Type: text/plain; charset=utf-8\r\n\r\n", """
            Content-Type: multipart/mixed; boundary="b1"

            --b1
            Content-Type: text/plain; charset=utf-8

            """.Replace("\n", "\r\n")) + "\r\n--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--b1--\r\n";
        Assert.True(message.Length > 2 * Bot.Hosting.HostingExtensions.MaxRequestBytes);

        var response = await _host.As("dev-officer").PostAsync("/api/intake/email", Emails.Eml(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("statutoryComplaint", (string?)(await response.ReadObjectAsync())["kind"]);
    }

    [Fact]
    public async Task AnEmailOverTwentyFiveMegabytesIsRefusedBeforeItIsSentWithAProblemSayingWhatToDo()
    {
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(5) })
            { BaseAddress = _host.CreateClient().BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/email") { Content = Emails.Eml(new byte[25 * 1024 * 1024 + 1]) };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("message-too-large", (string?)problem["rule"]);
        Assert.Equal("message", (string?)problem["field"]);
        Assert.Contains("25 MB", (string?)problem["detail"]);
    }

    [Fact]
    public async Task AnEmailOfUnknownLengthOverTwentyFiveMegabytesIsRefusedToo()
    {
        var content = new StreamContent(new MemoryStream(new byte[25 * 1024 * 1024 + 10]));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/email") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.As("dev-officer").SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("message-too-large", (string?)(await response.ReadObjectAsync())["rule"]);
    }

    [Fact]
    public async Task OtherApiBodiesKeepTheOneMegabyteLimit()
    {
        var big = ApiJson.Complaint().Replace("Nobody returned my calls.", new string('x', 2 * 1024 * 1024));

        var response = await _host.As("dev-officer").PostAsync("/api/cases", ApiJson.Body(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body-too-large", (string?)(await response.ReadObjectAsync())["rule"]);
    }

    [Fact]
    public async Task TextThatIsNotAnEmailIs422NamingTheRule()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/intake/email", Emails.Eml("\r\nPlease log a complaint from Mrs Smith about her daughter's placement."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("not-an-email", (string?)problem["rule"]);
        Assert.Equal("message", (string?)problem["field"]);
    }

    [Fact]
    public async Task AnEmailWithTensOfThousandsOfHeaderLinesIs422NotAHang()
    {
        var headers = string.Concat(Enumerable.Range(0, 6000).Select(i => $"X-Junk-{i}: {i}\r\n"));

        var response = await _host.As("dev-officer").PostAsync("/api/intake/email", Emails.Eml(headers + Emails.ParentComplaint()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("too-many-headers", (string?)(await response.ReadObjectAsync())["rule"]);
    }

    [Fact]
    public async Task HtmlOnlyMailIsDraftedAsTextWithoutItsScripts()
    {
        var message = Emails.ParentComplaint().Replace("Content-Type: text/plain; charset=utf-8\r\n\r\n",
            "Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><script>alert('x')</script><p>I want to make a formal complaint: nobody returned my calls about my son.</p><img src=\"https://tracker.example/p.gif\"></body></html>\r\n");

        var draft = await (await _host.As("dev-officer").PostAsync("/api/intake/email", Emails.Eml(message))).ReadObjectAsync();

        Assert.DoesNotContain("<", (string?)draft["summary"]);
        Assert.DoesNotContain("alert", (string?)draft["summary"]);
        Assert.Contains("formal complaint", (string?)draft["summary"]);
    }

    [Fact]
    public async Task ABodySentAsJsonIsRefusedAskingForTheWholeEmail()
    {
        var response = await _host.As("dev-officer").PostAsync("/api/intake/email", ApiJson.Body(new { text = "hello" }));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("eml-required", (string?)problem["rule"]);
        Assert.Equal("Content-Type", (string?)problem["field"]);
    }

    [Fact]
    public async Task TheEmailIsKeptWithTheCaseItMadeAndARetryKeepsItOnce()
    {
        var officer = _host.As("dev-officer");
        var id = await CreateFromAsync(officer, "complaint-1@mail.example.com");
        var eml = Emails.ParentComplaint();

        var kept = await officer.PostAsync($"/api/cases/{id}/emails", Emails.Eml(eml));
        var again = await officer.PostAsync($"/api/cases/{id}/emails", Emails.Eml(eml));

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var body = await kept.ReadObjectAsync();
        Assert.Equal("complaint-1@mail.example.com", (string?)body["internetMessageId"]);
        var list = await (await officer.GetAsync($"/api/cases/{id}/emails")).ReadArrayAsync();
        Assert.Equal((string?)body["name"], (string?)Assert.Single(list)!["name"]);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(eml), (long)list[0]!["bytes"]!);
    }

    [Fact]
    public async Task AReplyKeptWithTheCaseMakesTheNextReplyInTheConversationFindIt()
    {
        var officer = _host.As("dev-officer");
        var id = await CreateFromAsync(officer, "complaint-1@mail.example.com");
        var reference = (string?)(await (await officer.GetAsync($"/api/cases/{id}")).ReadObjectAsync())["case"]!["reference"];
        await officer.PostAsync($"/api/cases/{id}/emails", Emails.Eml(Emails.ParentComplaint("follow-up-2@mail.example.com")));
        var reply = Emails.ParentComplaint("follow-up-3@mail.example.com")
            .Replace("Subject: Complaint about my son's social worker", "Subject: Still waiting\r\nIn-Reply-To: <follow-up-2@mail.example.com>");

        var draft = await (await officer.PostAsync("/api/intake/email", Emails.Eml(reply))).ReadObjectAsync();

        Assert.Equal(reference, (string?)draft["existingCase"]!["reference"]);
        Assert.Equal("sameConversation", (string?)draft["existingCase"]!["link"]);
    }

    [Fact]
    public async Task AnEmailThatMadeAnotherCaseIsNotKeptWithThisOne()
    {
        var officer = _host.As("dev-officer");
        var first = await CreateFromAsync(officer, "complaint-1@mail.example.com");
        var second = await CreateFromAsync(officer, "another@mail.example.com");

        var response = await officer.PostAsync($"/api/cases/{second}/emails", Emails.Eml(Emails.ParentComplaint()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("message-id-kept-by-another-case", (string?)(await response.ReadObjectAsync())["rule"]);
        Assert.Empty(await (await officer.GetAsync($"/api/cases/{second}/emails")).ReadArrayAsync());
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task SomeoneWhoCantSeeTheCaseCantKeepAnEmailWithIt()
    {
        var id = await CreateFromAsync(_host.As("dev-officer"), "complaint-1@mail.example.com", team: "Fostering");

        var response = await _host.As("dev-social-worker").PostAsync($"/api/cases/{id}/emails", Emails.Eml(Emails.ParentComplaint()));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, response.StatusCode.ToString());
        Assert.Empty(await (await _host.As("dev-officer").GetAsync($"/api/cases/{id}/emails")).ReadArrayAsync());
    }

    private static async Task<string> CreateFromAsync(HttpClient client, string messageId, string team = "Children in Care")
    {
        var created = await client.PostAsync("/api/cases", ApiJson.Body(ApiJson.Complaint(receivedOn: "2026-05-29", team: team, owner: team == "Fostering" ? "dev-officer" : "dev-manager")
            .Replace("\"summary\":", $"\"intakeKey\": \"{messageId}\", \"summary\":")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)(await created.ReadObjectAsync())["case"]!["id"]!;
    }
}
