using System.Net;
using ComplaintsAssistant.Core.AccessLog;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>A read the access log can't record is not shown (docs/decisions/0016-access-log.md); changes don't depend on it.</summary>
public sealed class AccessLogDownTests : IDisposable
{
    private readonly ApiHost _host = new(services: s => s.AddSingleton<IAccessLog, RefusingLog>());

    private sealed class RefusingLog : IAccessLog
    {
        private static StoreUnavailableException Down() => new(new IOException("the access log's store did not answer"), TimeSpan.FromSeconds(5));
        public Task RecordAsync(CaseRead read, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<CaseRead>> ListForCaseAsync(Guid caseId, int skip, int take, CancellationToken cancellationToken = default) => throw Down();
        public Task<IReadOnlyList<CaseRead>> ListForReaderAsync(string readerId, DateTimeOffset from, DateTimeOffset to, int skip, int take,
            CancellationToken cancellationToken = default) => throw Down();
        public Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => throw Down();
    }

    [Fact]
    public async Task AReadThatCantBeLoggedFailsAndShowsNothingWhileLoggingACaseStillWorks()
    {
        var created = await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (string)(await created.ReadObjectAsync())["case"]!["id"]!;

        var read = await _host.As("dev-manager").GetAsync($"/api/cases/{id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        var problem = await read.ReadObjectAsync();
        Assert.Equal("store-unavailable", (string?)problem["rule"]);
        Assert.Null(problem["case"]);
    }

    public void Dispose() => _host.Dispose();
}
