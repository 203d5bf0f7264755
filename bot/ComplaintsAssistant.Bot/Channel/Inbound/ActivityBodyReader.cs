using System.Buffers;
using System.Text.Json;
using ComplaintsAssistant.Bot.Channel.Activities;
using Microsoft.AspNetCore.Http;

namespace ComplaintsAssistant.Bot.Channel.Inbound;

/// <summary>Reads an activity body with a hard size limit; malformed JSON is a result, not an exception.</summary>
public static class ActivityBodyReader
{
    public enum Status { Ok, TooLarge, Malformed }

    public readonly record struct Result(Status Status, Activity? Activity);

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return new Result(Status.TooLarge, null);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return new Result(Status.TooLarge, null);
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return new Result(Status.TooLarge, null);
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static Result Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(json, ChannelJsonContext.Default.Activity);
            return activity is null || string.IsNullOrWhiteSpace(activity.Type)
                ? new Result(Status.Malformed, null)
                : new Result(Status.Ok, activity);
        }
        catch (JsonException)
        {
            return new Result(Status.Malformed, null);
        }
    }
}
