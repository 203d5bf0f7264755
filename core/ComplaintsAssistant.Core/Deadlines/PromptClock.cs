namespace ComplaintsAssistant.Core.Deadlines;

/// <summary>Which deadline a prompt is about: every clock the council must meet, and learning actions past their target.</summary>
public enum PromptClock
{
    /// <summary>Acknowledging the complainant (statutory: the council's 2, 3 or 5 working days; corporate: 5; member enquiries: next working day).</summary>
    Acknowledgement,
    /// <summary>The stage's response, extended or not; for an Ombudsman enquiry the date the Ombudsman fixed.</summary>
    Response,
    /// <summary>Stage 3: the review panel meets within 30 working days of the request.</summary>
    PanelHearing,
    /// <summary>Stage 3: the panel's recommendations within 5 working days of the hearing.</summary>
    PanelRecommendations,
    /// <summary>Stage 3: the council's decision within 15 working days of receiving the recommendations.</summary>
    Decision,
    /// <summary>A lesson-learnt action past its target date.</summary>
    LearningAction,
}
