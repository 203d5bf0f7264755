using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Bot.Cards.Forms;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Conversations;

/// <summary>Names and pickers from the access configuration, and the form defaults for the person filling a form in.</summary>
public sealed class People(ActorDirectory directory, CaseService cases)
{
    public string NameOf(string? id) => string.IsNullOrWhiteSpace(id) ? "nobody yet" : directory.NameOf(id);

    /// <summary>Who can be chosen as a case owner: the configured people.</summary>
    public IReadOnlyList<Choice> Owners() =>
        directory.People.Where(p => !string.IsNullOrWhiteSpace(p.Id))
            .Select(p => new Choice(string.IsNullOrWhiteSpace(p.Name) ? p.Id : p.Name, p.Id)).ToArray();

    public FormOptions FormOptions(Actor actor)
    {
        var vocabulary = cases.Vocabulary;
        var owners = Owners();
        var team = actor.Teams.FirstOrDefault(t => vocabulary.Teams.Contains(t, StringComparer.OrdinalIgnoreCase));
        var self = owners.Any(o => string.Equals(o.Value, actor.Id, StringComparison.OrdinalIgnoreCase)) && actor.Role != Role.Staff ? actor.Id : null;
        return new FormOptions(vocabulary.Teams, vocabulary.ConcernCategories, vocabulary.ComplimentCategories, owners, cases.Today, team, self);
    }
}
