using Microsoft.AspNetCore.Http.Metadata;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Endpoint metadata: this endpoint takes bodies up to <paramref name="Bytes"/> instead of the host's 1 MB, and a body
/// over it is refused with this rule and message (read by <see cref="ApiStatusProblems"/> before the body is read).</summary>
internal sealed record BodyLimit(long Bytes, string Field, string Rule, string Message) : IRequestSizeLimitMetadata
{
    long? IRequestSizeLimitMetadata.MaxRequestBodySize => Bytes;
}
