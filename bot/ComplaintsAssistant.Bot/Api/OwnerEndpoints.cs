using ComplaintsAssistant.Bot.Access;
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
        api.MapGet("/owners/{id}", async (string id, ActorDirectory directory, CancellationToken cancellationToken) =>
                TypedResults.Ok(new OwnerChoice(id, await directory.DescribeAsync(id, cancellationToken))))
            .WithTags("Council").WithSummary("Who a case's owner is, in words: their name, or for a member of a configured Entra group \"a member of <group>\".");
        return api;
    }
}

public sealed record OwnerChoice(string Id, string Name);
