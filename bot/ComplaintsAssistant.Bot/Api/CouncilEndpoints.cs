using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;

namespace ComplaintsAssistant.Bot.Api;

/// <summary>What forms need (the council's lists and timescales), the bank holidays in force, and learning across cases.</summary>
internal static class CouncilEndpoints
{
    public static RouteGroupBuilder MapCouncil(this RouteGroupBuilder api)
    {
        api.MapGet("/council", (CouncilVocabulary vocabulary, ClockRules rules) =>
                TypedResults.Ok(new CouncilView(vocabulary.Teams, vocabulary.ConcernCategories, vocabulary.ComplimentCategories, rules.Policy.Rules.ToArray())))
            .WithTags("Council").WithSummary("The council's teams, categories and timescale rules, for forms and dropdowns.");

        api.MapGet("/calendar/bank-holidays/{year:int}", (int year, ClockRules rules) =>
                year is < 2000 or > 2100
                    ? ApiProblems.From(Core.Common.DomainError.Invalid("year", "year-range", "year must be between 2000 and 2100."))
                    : TypedResults.Ok(rules.Calendar.BankHolidays(year)))
            .WithTags("Council").WithSummary("England and Wales bank holidays in a year, as the working-day calendar counts them.");

        api.MapGet("/learning-actions", async (bool? open, string? team, string? department, ApiCaller caller, CaseService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.ListLearningAsync(caller.Actor,
                    new LearningQuery(open ?? true, team is null ? null : [team], department), cancellationToken)))
            .WithTags("Learning").WithSummary("Learning actions across cases (the action plan), soonest target first.");
        return api;
    }
}

public sealed record CouncilView(
    IReadOnlyList<string> Teams,
    IReadOnlyList<string> ConcernCategories,
    IReadOnlyList<string> ComplimentCategories,
    IReadOnlyList<TimescaleRule> Timescales);
