using Microsoft.IdentityModel.JsonWebTokens;

namespace ComplaintsAssistant.Bot.Channel.Auth;

/// <summary>
/// The app that asked Entra for a token: <c>appid</c> in a v1 token, <c>azp</c> in a v2 one, chosen by the
/// <c>ver</c> claim (bot-protocol.md §2.3, as BB-NET reads it). The audience only says the token is for the bot;
/// this says who is calling.
/// </summary>
public static class EntraCaller
{
    /// <returns>The caller's app id, or null when the token doesn't say (no <c>ver</c>, or no app id claim for it).</returns>
    public static string? AppIdOf(JsonWebToken token)
    {
        var claim = Read(token, "ver") switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        return claim is null ? null : Read(token, claim);
    }

    private static string? Read(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue<string>(claim, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
