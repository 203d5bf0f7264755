using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Conversations.Handlers;

namespace ComplaintsAssistant.Bot;

/// <summary>What the bot says and does. Needs from the host: <c>CaseService</c>, <c>FiguresService</c>, <c>ActorDirectory</c>
/// (with its access options), the chat intake (<c>ChatMessageDrafter</c>), prompt snoozes (<c>PromptSnoozes</c>), a <c>TimeProvider</c> and logging.</summary>
public static class ConversationServiceExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddScoped<People>();
        services.AddScoped<CaseCards>();
        services.AddScoped<Prompts.PromptCards>();
        services.AddScoped<ITurnHandler, TurnRouter>();

        services.AddScoped<IVerbHandler, HelpHandler>();
        services.AddScoped<IVerbHandler, ComplaintFormHandler>();
        services.AddScoped<IVerbHandler, MemberEnquiryFormHandler>();
        services.AddScoped<IVerbHandler, InformalFormHandler>();
        services.AddScoped<IVerbHandler, ComplimentFormHandler>();
        services.AddScoped<IVerbHandler, CaseFromMessageHandler>();
        services.AddScoped<IVerbHandler, LogComplaintHandler>();
        services.AddScoped<IVerbHandler, LogMemberEnquiryHandler>();
        services.AddScoped<IVerbHandler, LogInformalHandler>();
        services.AddScoped<IVerbHandler, LogComplimentHandler>();
        services.AddScoped<IVerbHandler, MyCasesHandler>();
        services.AddScoped<IVerbHandler, ViewCaseHandler>();
        services.AddScoped<IVerbHandler, AcknowledgeHandler>();
        services.AddScoped<IVerbHandler, RecordResponseHandler>();
        services.AddScoped<IVerbHandler, ExtendHandler>();
        services.AddScoped<IVerbHandler, EscalateHandler>();
        services.AddScoped<IVerbHandler, ReassignHandler>();
        services.AddScoped<IVerbHandler, WithdrawHandler>();
        services.AddScoped<IVerbHandler, SnoozeHandler>();
        services.AddScoped<IVerbHandler, TriageAcceptHandler>();
        services.AddScoped<IVerbHandler, TriageKindHandler>();
        services.AddScoped<IVerbHandler, TriageLinkHandler>();
        services.AddScoped<IVerbHandler, TriageNotACaseHandler>();
        services.AddScoped<IVerbHandler, AddLearningHandler>();
        services.AddScoped<IVerbHandler, LearningListHandler>();
        services.AddScoped<IVerbHandler, UpdateLearningHandler>();
        services.AddScoped<FigureAnswers>();
        services.AddScoped<IVerbHandler, FiguresMenuHandler>();
        services.AddScoped<IVerbHandler, FigureAskHandler>();
        services.AddScoped<IVerbHandler, FigureShowHandler>();
        services.AddScoped<IVerbHandler, FigureByTeamHandler>();
        return services;
    }
}
