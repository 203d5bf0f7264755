namespace ComplaintsAssistant.Core.EmailIntake.Classification;

/// <summary>The words the classification rules look for, in lower case, with the common translations of the
/// languages councils receive most. Kept in one place so a council officer can read what each rule means.</summary>
internal static class Lexicon
{
    public static readonly Phrases Complaint = new(
        "formal complaint", "complaint", "complaints", "complain", "complaining", "stage (1|one|2|two|3|three)", "escalate",
        "not happy with", "unhappy", "dissatisfied", "disgusted", "appalled", "unacceptable", "disgraceful", "outrageous",
        "let down", "furious", "failed (my|our|us|me)", "no one has (listened|bothered)", "treated (me|us) (like|so)", "want an apology",
        "put (this|it) right", "review panel", "independent investigation",
        // other languages
        "skarga", "skargę", "skargi", "plainte", "réclamation", "beschwerde", "queja", "reclamación", "reclamação", "reclamaç(ão|ao)",
        "plângere", "reclamație", "reclamatie", "cwyn", "gwyno", "cwyno", "skundas", "skundą", "شكوى", "شکایت", "অভিযোগ", "cabasho", "şikayet");

    public static readonly Phrases NotFormal = new(
        "(not|don't|do not|didn't) (want|wish|need) to (make|raise|put in) a (formal )?complaint", "not (a|making a) formal complaint",
        "not (wanting|looking) to (complain|make a complaint)", "before (it becomes|i make|making) a (formal )?complaint",
        "rather not (make|raise) a (formal )?complaint", "don't want to complain", "informally", "not a complaint as such",
        "without making a complaint", "nie chcę składać skargi", "ddim eisiau gwneud cwyn");

    public static readonly Phrases Concern = new(
        "concern", "concerns", "concerned", "worried", "worry", "not heard back", "haven't heard", "have not heard", "no response",
        "chasing", "no one (has )?(got|gotten|come) back", "still waiting", "can someone (call|ring|contact)", "please (call|ring) me",
        "not returned my calls", "keeps being cancelled", "problem", "issue with", "martwię", "inquiet", "sorge", "pryder");

    public static readonly Phrases Compliment = new(
        "thank you (so|very) much", "(huge|big|massive|special) thank(s| you)", "(just )?(wanted|want|writing|like) to (say )?thank",
        "(say|saying) (a )?thank you", "thank you to", "grateful", "compliment", "praise", "above and beyond", "fantastic", "brilliant",
        "amazing", "wonderful", "outstanding", "exceptional", "credit to", "commend", "couldn't have (done|managed)", "could not have (done|managed)",
        "made such a difference", "made a real difference", "difference (she|he|they) (has|have) made", "changed (our|my) li(fe|ves)",
        "really appreciate", "appreciated", "thanks to (her|him|them)", "kind and", "pleasure to work with",
        "diolch", "dziękuję", "dziekuje", "bardzo dziękujemy", "merci beaucoup", "vielen dank", "muchas gracias", "mulțumesc", "mulţumesc", "ačiū", "mahadsanid");

    public static readonly Phrases Comment = new(
        "suggestion", "suggest", "would it be possible", "it would be (helpful|better|good|nice) if", "just a thought", "feedback",
        "a comment", "comment on", "for your information", "idea", "could (you|the council) consider", "might be worth", "observation");

    public static readonly Phrases NotCase = new(
        "out of (the )?office", "annual leave", "automatic reply", "auto(matic)?[- ]?reply", "i am currently away", "i'm currently away",
        "away from (the|my) office", "limited access to (my )?email", "return on", "back in the office");

    /// <summary>Outside the statutory procedure: child protection enquiries and conferences, and court matters (2006
    /// Regulations, and the guidance "Getting the Best from Complaints"), so such complaints go corporate.</summary>
    public static readonly Phrases ChildProtectionOrCourt = new(
        "child protection", "section 47", "s\\.?47", "strategy (meeting|discussion)", "core group", "cp plan", "cp conference",
        "initial child protection", "review child protection", "subject to a plan", "court report", "section 7 report", "section 37",
        "s\\.?7 report", "s\\.?37", "care proceedings", "court proceedings", "family court", "the court", "public law outline",
        "pre-proceedings", "plo", "the judge", "cafcass", "court hearing", "final hearing", "interim care order");

    /// <summary>Council services that are not social care for children under the Children Act 1989: the corporate procedure.</summary>
    public static readonly Phrases NotChildrensSocialCare = new(
        "ehc plan", "ehcp", "education health and care plan", "school transport", "home to school transport", "school admission",
        "school place", "council tax", "parking", "bin collection", "housing benefit", "send team", "sen team", "free school meals");

    public static readonly Phrases Caseworker = new(
        "caseworker", "case worker", "office of", "on behalf of", "parliamentary assistant", "constituency (office|manager|assistant)",
        "senior caseworker", "researcher", "office manager", "assistant to");

    public static readonly Phrases Ombudsman = new(
        "local government and social care ombudsman", "local government ombudsman", "lgsco", "lgo", "the ombudsman", "ombudsman's",
        "assessment and investigation team", "our ref(erence)?:? ?\\d{2} ?\\d{3} ?\\d{3}");

    public static readonly Phrases Phishing = new(
        "verify your (account|identity|email|mailbox)", "(mailbox|inbox) (is )?(full|over ?quota|storage)", "password (will )?expire",
        "confirm your (password|credentials|details)", "unusual sign[- ]in", "suspended", "click (here|below) to", "update your (payment|bank|details)",
        "invoice (attached|overdue)", "outstanding invoice", "wire transfer", "gift cards?", "urgent(ly)? (payment|transfer|request)",
        "shared (a|an) (document|file) with you", "re-?validate", "within 24 hours", "account (will be )?(closed|deactivated|locked)",
        "you have (won|been selected)", "bitcoin", "kindly", "dear (user|customer|beneficiary|email user)", "docusign", "sharepoint");

    public static readonly Phrases InternalAdmin = new(
        "team meeting", "meeting (invite|request|moved|cancelled)", "timesheet", "rota", "training", "annual leave", "mandatory",
        "it (update|maintenance)", "all staff", "reminder", "newsletter", "fire drill", "parking permit", "payroll", "desk booking");
}
