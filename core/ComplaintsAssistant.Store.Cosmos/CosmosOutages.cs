using System.Net;
using ComplaintsAssistant.Core.Storage;
using Microsoft.Azure.Cosmos;

namespace ComplaintsAssistant.Store.Cosmos;

/// <summary>How the Cosmos SDK says the account can't be reached or won't answer now. In Gateway mode a refused,
/// unresolvable or dropped connection surfaces as the <see cref="HttpRequestException"/> itself once the SDK's own
/// retries are spent; the service (or the SDK for it) answers 503 when unavailable, 408 when a request timed out and
/// 429 when the account's throughput is used up. Anything else (a bad request, a wrong key, a bug) is not an outage.</summary>
public static class CosmosOutages
{
    public static StoreUnavailableException? Recognise(Exception thrown)
    {
        for (var e = thrown; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }:
                    return new StoreUnavailableException(thrown);
                case CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests } busy:
                    return new StoreUnavailableException(thrown, busy.RetryAfter);
            }
        }
        return null;
    }
}
