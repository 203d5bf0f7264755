using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.DirectLine;

/// <summary>
/// One local Direct Line conversation: its token, its user, and every activity in order (user's
/// and bot's). The watermark is the count of activities already read. Development only.
/// </summary>
public sealed class DirectLineConversation(string id, string token, string userId, string? userName)
{
    private readonly List<JsonObject> _activities = [];
    private readonly Lock _gate = new();
    private int _welcomed;

    public string Id { get; } = id;

    public string Token { get; } = token;

    public string UserId { get; } = userId;

    public string? UserName { get; } = userName;

    /// <summary>True the first time only: the conversation says hello once.</summary>
    public bool TryMarkWelcomed() => Interlocked.Exchange(ref _welcomed, 1) == 0;

    /// <summary>Stamps id, conversation and timestamp on the activity, appends it, returns its id.</summary>
    public string Append(JsonObject activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var activityId = $"{Id}|{_activities.Count:D7}";
            activity["id"] = activityId;
            activity["conversation"] = new JsonObject { ["id"] = Id };
            activity["channelId"] = "directline";
            activity["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
            _activities.Add(activity);
            return activityId;
        }
    }

    /// <summary>Activities after the watermark, deep-copied so callers can't change history.</summary>
    public (JsonArray Activities, string Watermark) Since(string? watermark)
    {
        var from = int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        lock (_gate)
        {
            var result = new JsonArray();
            for (var i = Math.Clamp(from, 0, _activities.Count); i < _activities.Count; i++)
            {
                result.Add(_activities[i].DeepClone());
            }

            return (result, _activities.Count.ToString(CultureInfo.InvariantCulture));
        }
    }
}
