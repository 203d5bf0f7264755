using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Learning;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Bot.Tests.Reports;

/// <summary>Three financial years of cases whose report is known, each carrying names and free text a report must never
/// show. Stage 1 statutory complaints (furthest stage 1), answered within 10 working days / 11–20 / over 20:
/// 2023/24 Children in Care on time, Fostering 11–20; 2024/25 Children in Care on time twice, Safeguarding on time;
/// 2025/26 Children in Care on time, Fostering on time, Fostering over 20, Safeguarding 11–20.</summary>
internal sealed class ReportCases(ICaseStore store)
{
    /// <summary>Every name and piece of free text the cases carry, and every reference: none may appear in a report.</summary>
    public List<string> Identifying { get; } = ["Pat Parentname", "Jamie Childname", "Alex Workername", "Councillor Robin Membername", "Quinn Ownername"];

    private int _number;

    public async Task SeedAsync()
    {
        await Stage1Async("Children in Care", new(2023, 6, 5), new(2023, 6, 9));
        await Stage1Async("Fostering", new(2023, 6, 5), new(2023, 6, 26));
        await Stage1Async("Children in Care", new(2024, 6, 3), new(2024, 6, 10));
        await Stage1Async("Children in Care", new(2024, 6, 3), new(2024, 6, 11));
        await Stage1Async("Safeguarding", new(2024, 6, 3), new(2024, 6, 10));
        var learning = await Stage1Async("Children in Care", new(2025, 6, 2), new(2025, 6, 12));
        await Stage1Async("Fostering", new(2025, 6, 2), new(2025, 6, 12));
        await Stage1Async("Fostering", new(2025, 6, 2), new(2025, 7, 10));
        await Stage1Async("Safeguarding", new(2025, 6, 2), new(2025, 6, 25));
        await LearnAsync(learning, "Send the stage 1 letter template to every team manager", complete: false);

        var corporate = await LogAsync(new NewCase(CaseKind.CorporateComplaint, new(2025, 9, 1), HowReceived.Telephone, "Children in Care", "dev-manager",
            new Complainant(ComplainantRelationship.Parent, Name: "Pat Parentname", Contact: "pat@example.org"), [], ["Lack of communication"],
            Summary: "Pat Parentname says Jamie Childname's worker Alex Workername did not call back."), new(2025, 9, 1));
        await LearnAsync(corporate, "Call-back times are now on the duty rota", complete: true);

        await LogAsync(new NewCase(CaseKind.Compliment, new(2025, 10, 6), HowReceived.Email, "Children in Care",
            Compliment: new ComplimentDetails("Child focus", ComplimentSource.YoungPerson, "Alex Workername helped Jamie Childname so much.", "Alex Workername")),
            new(2025, 10, 6));
        await LogAsync(new NewCase(CaseKind.MemberEnquiry, new(2025, 11, 3), HowReceived.Email, "Fostering", "dev-manager",
            new Complainant(ComplainantRelationship.ElectedMember, Name: "Councillor Robin Membername"),
            Member: new MemberDetails(MemberType.Councillor, "Councillor Robin Membername")), new(2025, 11, 3));
    }

    private async Task<Case> Stage1Async(string team, DateOnly receivedOn, DateOnly respondedOn)
    {
        var subject = await LogAsync(new NewCase(CaseKind.StatutoryComplaint, receivedOn, HowReceived.Email, team, "dev-manager",
            new Complainant(ComplainantRelationship.Parent, Name: "Pat Parentname"), [], ["Lack of communication"],
            Summary: "About Jamie Childname's placement."), receivedOn, save: false);
        var result = subject.RecordResponse(new StageResponse(respondedOn, Outcome.Upheld, [Resolution.Apology], [new ConcernOutcome(1, Outcome.Upheld)]),
            "dev-manager", At(respondedOn));
        Assert.True(result.Succeeded, result.Error?.Message);
        await store.AddAsync(subject, CaseIndex.Of(subject, ClockRules.Default));
        return subject;
    }

    private async Task<Case> LogAsync(NewCase input, DateOnly on, bool save = true)
    {
        var prefix = input.Kind switch { CaseKind.Compliment => "CO", CaseKind.MemberEnquiry => "ME", CaseKind.CorporateComplaint => "CP", _ => "CC" };
        var reference = $"{prefix}-{on.Year}-{++_number:0000}";
        Identifying.Add(reference);
        var made = Case.Log(input, reference, Guid.NewGuid(), "dev-officer", At(on), ClockRules.Default);
        Assert.True(made.Succeeded, made.Error?.Message);
        if (save) await store.AddAsync(made.Value, CaseIndex.Of(made.Value, ClockRules.Default));
        return made.Value;
    }

    /// <summary>A learning action on a saved case: its issue names the child, its owner is a person, its review note names the worker.</summary>
    private async Task LearnAsync(Case subject, string action, bool complete)
    {
        var stored = (await store.GetAsync(subject.Id))!;
        var now = At(subject.ReceivedOn.AddDays(30));
        Assert.True(stored.Value.AddLearningAction(new NewLearningAction("Jamie Childname's mother was not called back", "Call-backs need an owner",
            action, "Children's Services", "Quinn Ownername", subject.ReceivedOn.AddDays(90)), "dev-officer", now).Succeeded);
        if (complete)
            Assert.True(stored.Value.UpdateLearningAction(1, LearningStatus.Completed, "Alex Workername checked the rota", "dev-officer", At(subject.ReceivedOn.AddDays(60))).Succeeded);
        Assert.True((await store.UpdateAsync(stored.Value, CaseIndex.Of(stored.Value, ClockRules.Default), stored.Version)).Succeeded);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
