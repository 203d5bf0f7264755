using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Core.Common;
using Microsoft.Extensions.Options;

namespace ComplaintsAssistant.Bot.Channel.Connector;

/// <summary>
/// The bot's client secret stops working on the date Entra gave it when it was made (at most two years on), and a bot
/// whose secret has expired simply stops answering in Teams: no error reaches anyone who could fix it. The council records
/// that date (<c>Bot:AppPasswordExpiresOn</c>) and is warned <see cref="WarningDays"/> days ahead, in the log and in the
/// complaints officers' weekly digest.
/// </summary>
public sealed class SecretExpiry(IOptions<ChannelOptions> options, TimeProvider time)
{
    public const int WarningDays = 30;

    /// <summary>What to tell the council, or null when the secret has more than <see cref="WarningDays"/> days left (or the
    /// host has no secret: local development mode).</summary>
    public string? Warning()
    {
        if (options.Value.IsDevelopmentMode || options.Value.AppPasswordExpiresOn is not { } expires) return null;

        var daysLeft = expires.DayNumber - UkDate.On(time.GetUtcNow()).DayNumber;
        return daysLeft switch
        {
            > WarningDays => null,
            > 0 => $"The bot's client secret expires on {Words.Date(expires)} (in {daysLeft} day{(daysLeft == 1 ? "" : "s")}). "
                + "After that the bot can't answer or send prompts in Teams: create a new secret for the bot's app registration, "
                + "put it in Key Vault and set Bot:AppPasswordExpiresOn to its end date (docs/deployment.md › Renew the bot's secret).",
            _ => $"The bot's client secret expired on {Words.Date(expires)}: the bot can't answer or send prompts in Teams until "
                + "a new secret is created for its app registration, put in Key Vault and Bot:AppPasswordExpiresOn set to its end "
                + "date (docs/deployment.md › Renew the bot's secret).",
        };
    }
}
