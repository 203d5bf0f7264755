namespace ComplaintsAssistant.Core.Cases;

public enum HowReceived
{
    Letter,
    ComplaintForm,
    Email,
    Telephone,
    InPerson,
    OnlineForm,
    /// <summary>A children's app such as Mind Of My Own.</summary>
    ChildrensApp,
    /// <summary>Through a Teams chat with the bot.</summary>
    Teams,
    /// <summary>A thank-you card (compliments).</summary>
    Card,
    /// <summary>Older records that never said (imported years).</summary>
    NotKnown,
}
