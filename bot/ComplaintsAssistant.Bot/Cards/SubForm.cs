using System.Text.Json.Nodes;

namespace ComplaintsAssistant.Bot.Cards;

/// <summary>One change offered on the case card: its inputs and the button that makes it. Shown behind its button
/// (Action.ShowCard), or open on the card when it was just refused, with every rule beside the input it is about.</summary>
/// <param name="GroupId">An id no single input has, for rules about a group of inputs (the outcome of each concern); they show after the inputs.</param>
public sealed record SubForm(string Title, string Verb, IReadOnlyList<JsonObject> Inputs, string? GroupId = null)
{
    /// <summary>The ids whose rules show beside them.</summary>
    public IEnumerable<string> Placed => [.. Inputs.Select(i => (string?)i["id"] ?? ""), .. GroupId is null ? [] : new[] { GroupId }];

    public IEnumerable<JsonNode> Body(JsonObject data, IReadOnlyList<FieldError> errors) =>
    [
        .. Inputs.SelectMany(i => FormErrors.Field(i, errors)),
        .. GroupId is null ? [] : FormErrors.At(GroupId, errors),
        CardActions.Set(CardActions.Execute(Title, Verb, data)),
    ];

    public JsonObject Behind(JsonObject data) => CardActions.ShowCard(Title, Card.Nested(Body(data, [])));

    /// <summary>Open on the card, under its title.</summary>
    public JsonObject Open(JsonObject data, IReadOnlyList<FieldError> errors) =>
        Elements.Container([Elements.Subheading(Title), .. Body(data, errors)], style: "emphasis", separator: true);
}
