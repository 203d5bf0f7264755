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

    /// <summary>Who <paramref name="actor"/> can choose as a case owner: the people set up by id, and themselves (someone set up
    /// only through an Entra group can't be listed, but can take a case on); core decides who may own which case.</summary>
    public IReadOnlyList<Choice> Owners(Actor actor)
    {
        var listed = directory.People.Where(p => !string.IsNullOrWhiteSpace(p.Id))
            .Select(p => new Choice(string.IsNullOrWhiteSpace(p.Name) ? p.Id : p.Name, p.Id)).ToList();
        if (listed.All(p => !string.Equals(p.Value, actor.Id, StringComparison.OrdinalIgnoreCase))) listed.Add(new Choice($"{actor.Name} (you)", actor.Id));
        return listed;
    }

    public FormOptions FormOptions(Actor actor)
    {
        var vocabulary = cases.Vocabulary;
        var owners = Owners(actor);
        var team = actor.Teams.FirstOrDefault(t => vocabulary.Teams.Contains(t, StringComparer.OrdinalIgnoreCase));
        var self = owners.Any(o => string.Equals(o.Value, actor.Id, StringComparison.OrdinalIgnoreCase)) && actor.Role != Role.Staff ? actor.Id : null;
        return new FormOptions(vocabulary.Teams, vocabulary.ConcernCategories, vocabulary.ComplimentCategories, owners, cases.Today, team, self);
    }
}
