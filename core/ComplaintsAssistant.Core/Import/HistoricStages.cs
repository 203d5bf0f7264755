using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Timescales;

namespace ComplaintsAssistant.Core.Import;

/// <summary>The stages of an imported case, and the escalation requests between them.</summary>
internal static class HistoricStages
{
    /// <summary>The file's stages in order; for informal representations and member enquiries, their response as stage 1.
    /// Outcomes per concern belong to the furthest stage, whose outcome is the complaint's.</summary>
    public static IReadOnlyList<StageRecord> Build(ImportedCase read, CaseKind kind, IReadOnlyList<ConcernOutcome> concernOutcomes,
        ClockRules rules, ImportIssues issues)
    {
        var given = read.Stages.Count > 0 || read.Response is null
            ? read.Stages
            : [new ImportedStage(1, read.Received, read.Response.Due, null, read.Response.Responded, read.Response.Outcome, [], null, null)];
        var stages = new List<StageRecord>();
        for (var i = 0; i < given.Count; i++)
        {
            var stage = given[i];
            var key = read.Stages.Count > 0 ? $"stages[{i}]" : "response";
            if (stage.Stage != i + 1 || stage.Stage > Math.Max(kind.StageCount(), 1))
            {
                issues.Add($"{key}.stage", stage.Stage.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"must be {i + 1}: a {Workflow.Describe(kind)} has stages 1 to {kind.StageCount()}, each once, in order.");
                continue;
            }
            if (stage.Responded < stage.Opened)
                issues.Add($"{key}.responded", stage.Responded?.ToString("yyyy-MM-dd"), $"is before the stage opened ({stage.Opened:yyyy-MM-dd}).");
            if (stage.Stage > 1 && stages.Count > 0 && stage.Opened < stages[^1].OpenedOn)
                issues.Add($"{key}.opened", stage.Opened.ToString("yyyy-MM-dd"), $"is before stage {stage.Stage - 1} opened ({stages[^1].OpenedOn:yyyy-MM-dd}).");
            var outcome = issues.Map(ImportVocabulary.StageOutcomes, stage.Outcome, $"{key}.outcome");
            var resolutions = stage.Resolutions.Select((r, j) => issues.Map(ImportVocabulary.Resolutions, r, $"{key}.resolutions[{j}]"))
                .OfType<Resolution>().ToArray();
            var last = i == given.Count - 1;
            stages.Add(new StageRecord(
                stage.Stage, stage.HandledBy ?? HistoricCase.NotRecorded, stage.Opened, Clock(kind, stage, rules),
                RespondedOn: stage.Responded,
                Outcome: outcome,
                Resolutions: resolutions,
                ConcernOutcomes: last && concernOutcomes.Count > 0 ? concernOutcomes : null,
                Panel: stage.Stage == 3 ? new PanelReview(stage.Opened, stage.PanelHeld, DecidedOn: stage.Responded) : null));
        }
        return stages;
    }

    /// <summary>The clock as the file dates it: counted from the day the stage opened, due on <c>due</c> (the council's
    /// timescale when the file gives none), extended to <c>extended_due</c>. A due date that no count of working days
    /// reaches (a weekend) is kept as a fixed date.</summary>
    private static Clock Clock(CaseKind kind, ImportedStage stage, ClockRules rules)
    {
        var name = stage.Stage == 3 ? ClockName.PanelHearing : ClockName.Response;
        var key = stage.Stage == 3 ? TimescaleKey.PanelHearing : ClockRules.ResponseKey(stage.Stage);
        var calendar = rules.Calendar;
        var started = rules.Start(kind, key, name, stage.Opened);
        var clock = started.Succeeded ? started.Value : new Clock(name, stage.Opened, new Timescale(0));
        if (stage.Due is { } due && clock.DueOn(calendar) != due)
        {
            var length = calendar.WorkingDaysBetween(stage.Opened, due);
            clock = calendar.AddWorkingDays(stage.Opened, length) == due
                ? clock with { Timescale = clock.Timescale with { Length = length, Unit = TimescaleUnit.WorkingDays } }
                : clock with { FixedDueOn = due };
        }
        if (stage.ExtendedDue is { } extended)
            clock = clock with
            {
                Extension = new Extension(calendar.WorkingDaysBetween(stage.Opened, extended), ExtensionGround.Other, "Extended before the record was imported",
                    AgreedWithComplainant: false, stage.Opened),
            };
        return clock;
    }

    /// <summary>The file's escalation requests (with their ADR), and for each later stage the file gives no request for,
    /// the request taken as accepted the day the stage opened (the CSV form has no requests; every stage after the first
    /// was opened on one).</summary>
    public static IReadOnlyList<Escalation> Escalations(ImportedCase read, IReadOnlyList<StageRecord> stages, WorkingDayCalendar calendar, ImportIssues issues)
    {
        var escalations = new List<Escalation>();
        for (var i = 0; i < read.EscalationRequests.Count; i++)
        {
            var request = read.EscalationRequests[i];
            var from = request.ToStage - 1;
            var answered = stages.FirstOrDefault(s => s.Number == from)?.RespondedOn;
            if (from < 1 || from > stages.Count)
            {
                issues.Add($"escalation_requests[{i}].to_stage", request.ToStage.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"must follow a stage the case reached (it reached stage {stages.Count}).");
                continue;
            }
            var opened = stages.FirstOrDefault(s => s.Number == request.ToStage);
            if (request.Progressed && opened is null)
                issues.Add($"escalation_requests[{i}].progressed", "true", $"says stage {request.ToStage} was opened, but stages has no stage {request.ToStage}.");
            var adr = request.Adr is { } a ? new AdrMeeting(a.Method, a.Completed, a.Resolved ?? false, a.Note) : null;
            var decision = request.Progressed ? EscalationDecision.Progressed
                : adr is { Resolved: true } ? EscalationDecision.ResolvedByAdr
                : EscalationDecision.NotProgressed;
            escalations.Add(new Escalation(from, request.Requested, answered is { } r ? calendar.WorkingDaysBetween(r, request.Requested) : 0, false, null,
                decision, adr?.Note, request.Progressed ? opened?.OpenedOn : adr?.CompletedOn, request.AssessedBy, adr));
        }
        foreach (var stage in stages.Skip(1).Where(s => escalations.All(e => e.ToStage != s.Number || !e.Progressed)))
        {
            var answered = stages[stage.Number - 2].RespondedOn;
            escalations.Add(new Escalation(stage.Number - 1, stage.OpenedOn, answered is { } r ? calendar.WorkingDaysBetween(r, stage.OpenedOn) : 0, false, null,
                EscalationDecision.Progressed, null, stage.OpenedOn));
        }
        return [.. escalations.OrderBy(e => e.FromStage).ThenBy(e => e.RequestedOn)];
    }
}
