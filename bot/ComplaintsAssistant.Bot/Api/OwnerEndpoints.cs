using ComplaintsAssistant.Bot.Conversations;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>Who the caller can choose as a case's owner, for pickers (the Outlook add-in's form); core still decides who may
/// own which team's case when the case is created.</summary>
internal static class OwnerEndpoints
{
    public static RouteGroupBuilder MapOwners(this RouteGroupBuilder api)
    {
        api.MapGet("/owners", (ApiCaller caller, People people) =>
                TypedResults.Ok(people.Owners(caller.Actor).Select(o => new OwnerChoice(o.Value, o.Title)).ToArray()))
            .WithTags("Council").WithSummary("People the caller can choose as a case owner: id and name.");
        return api;
    }
}

public sealed record OwnerChoice(string Id, string Name);
