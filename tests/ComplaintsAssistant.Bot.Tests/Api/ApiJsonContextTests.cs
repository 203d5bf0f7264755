using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Bot.Api.Requests;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.UseCases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProblemDetails = Microsoft.AspNetCore.Mvc.ProblemDetails;

namespace ComplaintsAssistant.Bot.Tests.Api;

/// <summary>Every JSON body an /api endpoint reads and every JSON answer it declares has source-generated metadata: one
/// missing from <see cref="ApiJsonContext"/> still works, through reflection, but brings back the start-up cost the context
/// removes (docs/bench.md), which no functional test would notice.</summary>
public sealed class ApiJsonContextTests : IDisposable
{
    private readonly ApiHost _host = new();

    [Fact]
    public void EveryApiBodyAndDeclaredAnswerIsInTheGeneratedContext()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ApiCaller.Required>() is not null) // the /api group, not the channel's /api/messages
            .ToArray();
        Assert.NotEmpty(endpoints);

        var missing = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.DisplayName ?? endpoint.RoutePattern.RawText;
            // Bodies the endpoint reads as JSON; the email intake and the import read the raw stream and declare none.
            foreach (var accepts in endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>())
                if (accepts.RequestType is { } body && IsJson(accepts.ContentTypes) && ApiJsonContext.Default.GetTypeInfo(body) is null)
                    missing.Add($"{name}: request body {body}");
            // Answers the endpoint declares as JSON. An endpoint returning IResult declares none (only its .Produces<T>() if any),
            // and files/zips/HTML reports are written as bytes, not through the serializer.
            foreach (var produces in endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>())
                if (produces.Type is { } answer && answer != typeof(void) && !typeof(IResult).IsAssignableFrom(answer)
                    && IsJson(produces.ContentTypes) && ApiJsonContext.Default.GetTypeInfo(answer) is null)
                    missing.Add($"{name}: response {answer}");
        }
        Assert.True(missing.Count == 0, "Add [JsonSerializable(typeof(...))] to ApiJsonContext for:\n" + string.Join("\n", missing.Distinct()));

        // And the host reads and writes through it, ahead of the reflection resolver kept for anything unlisted.
        var chain = _host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions.TypeInfoResolverChain.ToList();
        var generated = chain.FindIndex(r => r is ApiJsonContext);
        Assert.InRange(generated, 0, chain.FindIndex(r => r is DefaultJsonTypeInfoResolver) - 1);
    }

    [Fact]
    public async Task TheGeneratedMetadataWritesAndReadsExactlyWhatReflectionDid()
    {
        var api = _host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        // The same options (camelCase enum names, no integers, nulls left out, unknown fields refused) over reflection alone:
        // the wire format before the context existed.
        var reflection = new JsonSerializerOptions(api) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        var logged = await (await _host.As("dev-officer").PostAsync("/api/cases", Json.Body(Json.Complaint()))).ReadObjectAsync();
        var officer = new Actor("dev-officer", "Complaints officer", Role.ComplaintsOfficer, []);
        var view = (await _host.Services.GetRequiredService<CaseService>().GetAsync(officer, Guid.Parse((string)logged["case"]!["id"]!))).Value;
        var draft = new EmailDraftView(DraftKind.StatutoryComplaint, "why", null, null, new DraftComplainantView(null, null, null), false, false,
            _host.Time.GetUtcNow(), new DateOnly(2026, 5, 1), default, default, "Received: 1 May", null, null, "Subject", "Summary", null, null, null, []);
        var problem = ApiProblems.Details(StatusCodes.Status400BadRequest, "required", "kind is required.", "kind");
        var request = JsonSerializer.Deserialize<LogCaseRequest>(Json.Complaint(), api)!;

        foreach (var (value, type) in new (object, Type)[]
                 { (view, typeof(CaseView)), (draft, typeof(EmailDraftView)), (problem, typeof(ProblemDetails)), (problem.Extensions["errors"]!, typeof(Dictionary<string, string[]>)), (request, typeof(LogCaseRequest)) })
        {
            Assert.IsAssignableFrom<JsonSerializerContext>(api.GetTypeInfo(type).OriginatingResolver); // ProblemDetails: the framework's context
            Assert.Equal(JsonSerializer.Serialize(value, type, reflection), JsonSerializer.Serialize(value, type, api));
        }
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<LogCaseRequest>(Json.Complaint(), reflection), reflection),
            JsonSerializer.Serialize(request, reflection));
    }

    private static bool IsJson(IEnumerable<string> contentTypes) =>
        contentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase));

    public void Dispose() => _host.Dispose();
}
