using ComplaintsAssistant.Bot;
using ComplaintsAssistant.Bot.Api;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Bot.Intake;
using ComplaintsAssistant.Bot.FigureLinks;
using ComplaintsAssistant.Bot.Retention;
using ComplaintsAssistant.Bot.Mailbox;
using ComplaintsAssistant.Bot.SubjectAccess;

var builder = WebApplication.CreateBuilder(args);
builder.AddHosting();
builder.Services
    .AddTelemetry(builder.Configuration)
    .AddCore()
    .AddRetention()
    .AddSubjectAccess()
    .AddStore(builder.Configuration, builder.Environment.ContentRootPath)
    .AddApi(builder.Configuration)
    .AddChannel(builder.Configuration)
    .AddConversations()
    .AddPrompts()
    .AddEmailIntake()
    .AddMailbox()
    .AddFigureLinks(builder.Configuration);

var app = builder.Build();
app.MapApi();
app.MapChannel();
app.MapPrompts();
app.MapMailbox();
app.MapFigureLinks();
app.MapHealth();
app.MapAddinFiles();
app.MapAddinSetup();
app.WarnIfLocal();
app.WarnOfSetupGaps();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
