namespace ComplaintsAssistant.Bot.Cards;

/// <summary>Every verb a card button or typed command can carry. One handler per verb.</summary>
public static class Verbs
{
    public const string Help = "help";
    public const string ComplaintForm = "complaint.form";
    public const string LogComplaint = "complaint.log";
    public const string MemberEnquiryForm = "memberEnquiry.form";
    public const string LogMemberEnquiry = "memberEnquiry.log";
    public const string InformalForm = "informal.form";
    public const string LogInformal = "informal.log";
    public const string ComplimentForm = "compliment.form";
    public const string LogCompliment = "compliment.log";
    /// <summary>"Create case from this message": the log form for the kind the intake suggests, filled in from the message.</summary>
    public const string CaseFromMessage = "case.fromMessage";
    public const string MyCases = "cases.mine";
    public const string ViewCase = "case.view";
    public const string SnoozePrompt = "prompt.snooze";
    public const string Acknowledge = "case.acknowledge";
    public const string RecordResponse = "case.respond";
    public const string Extend = "case.extend";
    public const string Escalate = "case.escalate";
    public const string Reassign = "case.reassign";
    public const string Withdraw = "case.withdraw";
    public const string AddLearning = "case.addLearning";
    public const string Learning = "learning.list";
    public const string UpdateLearning = "learning.update";
    public const string Figures = "figures.menu";
    public const string FigureAsk = "figures.ask";
    public const string FigureShow = "figures.show";
    public const string FigureByTeam = "figures.by_team";
    public const string TriageAccept = "triage.accept";
    public const string TriageKind = "triage.kind";
    public const string TriageLink = "triage.link";
    public const string TriageNotACase = "triage.notACase";
}
