using ComplaintsAssistant.Bot.FigureLinks;
using Microsoft.Extensions.Configuration;
using System.Text.Json.Nodes;
using ComplaintsAssistant.Bot.Access;
using ComplaintsAssistant.Bot.Conversations;
using ComplaintsAssistant.Bot.Hosting;
using ComplaintsAssistant.Bot.Prompts;
using ComplaintsAssistant.Core.Access;
using ComplaintsAssistant.Core.Cases;
using ComplaintsAssistant.Core.Council;
using ComplaintsAssistant.Core.Deadlines;
using ComplaintsAssistant.Core.Figures;
using ComplaintsAssistant.Core.Figures.Facts;
using ComplaintsAssistant.Core.EmailIntake;
using ComplaintsAssistant.Core.EmailIntake.Chat;
using ComplaintsAssistant.Core.EmailIntake.Keeping;
using ComplaintsAssistant.Core.EmailIntake.Linking;
using ComplaintsAssistant.Core.Mailbox;
using ComplaintsAssistant.Bot.Cards;
using ComplaintsAssistant.Store.Emails;
using ComplaintsAssistant.Core.Owners;
using ComplaintsAssistant.Core.Storage;
using ComplaintsAssistant.Core.Timescales;
using ComplaintsAssistant.Core.UseCases;
using ComplaintsAssistant.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintsAssistant.Bot.Tests.Conversations;

/// <summary>The real conversation layer over the real case service and a SQLite store in a temp file, with the clock
/// pinned to Friday 1 May 2026, 10:00 in London, and the three local personas.</summary>
public sealed class BotHarness : IDisposable
{
    public const string SocialWorker = "dev-social-worker";
    public const string Manager = "dev-manager";
    public const string Officer = "dev-officer";
    public const string Team = "Children in Care";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ca-bot-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    /// <param name="store">The case store the conversation uses, when not the SQLite file (<see cref="Store"/>).</param>
    /// <param name="groups">Entra groups the council sets people up by, and who is in them (no group by default).</param>
    public BotHarness(DateTimeOffset? now = null, ICaseStore? store = null, (List<GroupOptions> Groups, IGroupMembership Membership)? groups = null)
    {
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero));
        Store = SqliteCaseStore.Open(Path.Combine(_folder, "cases.db"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<AccessOptions>(o => o.People =
        [
            new PersonOptions { Id = SocialWorker, Name = "Sam Social Worker", Role = Role.Staff, Teams = [Team] },
            new PersonOptions { Id = Manager, Name = "Morgan Manager", Role = Role.Manager, Teams = [Team] },
            new PersonOptions { Id = Officer, Name = "Olu Officer", Role = Role.ComplaintsOfficer },
        ]);
        if (groups is { } configured) services.PostConfigure<AccessOptions>(o => o.Groups = configured.Groups);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(store ?? Store);
        services.AddSingleton(ClockRules.Default);
        services.AddSingleton(CouncilVocabulary.Default);
        services.AddScoped<CaseService>();
        services.AddSingleton<IFigureFacts>(Store);
        services.AddSingleton<IPromptLedger>(Store);
        services.AddSingleton<IAccessLog>(Store);
        services.AddSingleton<ILegalHolds>(Store);
        services.AddSingleton(p => new PromptSnoozes(p.GetRequiredService<IPromptLedger>(), ClockRules.Default.Calendar, 2));
        services.AddSingleton<OpenWorkFigures>();
        services.AddSingleton<FiguresService>();
        services.AddSingleton<ActorDirectory>();
        services.AddSingleton<CouncilReadiness>(); // no Council settings: the sample teams, no bank holiday file
        services.AddSingleton<IPeopleDirectory, ConfiguredPeople>();
        services.AddSingleton(groups?.Membership ?? new NoGroupMembership());
        services.AddSingleton(new EmailIntakeSettings(CouncilVocabulary.Default, [], ["thornbury.gov.uk"], "complaints@thornbury.gov.uk"));
        services.AddSingleton<IEmailCaseLookup>(store as IEmailCaseLookup ?? Store);
        services.AddSingleton<ChatMessageDrafter>();
        services.AddSingleton<EmailDrafter>();
        services.AddSingleton<ITriageDrafts>(Store);
        services.AddSingleton<ICaseMessageIds>(Store);
        services.AddSingleton<IPersonIndex>(Store);
        services.AddSingleton<IEmailStore>(new LocalEmailStore(Path.Combine(_folder, "emails")));
        services.AddScoped<EmailKeeper>();
        services.AddScoped(p => new TriageDecisions(p.GetRequiredService<ITriageDrafts>(), p.GetRequiredService<CaseService>(), p.GetRequiredService<EmailKeeper>(),
            p.GetRequiredService<IEmailCaseLookup>(), p.GetRequiredService<IEmailStore>(), Time));
        services.AddFigureLinks(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FigureLinks:Key"] = "a key for the tests only, never a council's",
            ["FigureLinks:PublicUrl"] = "https://complaints.example.gov.uk",
        }).Build());
        services.AddConversations();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; }
    public SqliteCaseStore Store { get; }

    public Actor Actor(string persona) => _services.GetRequiredService<ActorDirectory>().Resolve(persona, null)!;

    public Task<TurnReply> SayAsync(string persona, string text) =>
        HandleAsync(new Turn(TurnKind.Message, Speaker(persona), text, null, null, "personal"));

    /// <summary>An Action.Execute (or Submit) click: the button's data merged with the card's input values.</summary>
    public Task<TurnReply> ClickAsync(string persona, string verb, JsonObject data) =>
        HandleAsync(new Turn(TurnKind.CardAction, Speaker(persona), null, data, verb, "personal"));

    /// <summary>Clicks a button found on a card, with the given input values, exactly as a client would send it.</summary>
    public Task<TurnReply> ClickAsync(string persona, JsonObject button, params (string Id, string Value)[] inputs)
    {
        var data = (JsonObject)button["data"]!.DeepClone();
        foreach (var (id, value) in inputs) data[id] = value;
        return ClickAsync(persona, (string?)button["verb"] ?? (string)data["verb"]!, data);
    }

    public Task<TurnReply> InstalledAsync(string persona) => HandleAsync(new Turn(TurnKind.Installed, Speaker(persona), null, null, null, "personal"));

    public Task<TurnReply> MessageActionAsync(string persona, string text) =>
        HandleAsync(new Turn(TurnKind.MessageAction, Speaker(persona), text, null, null, "personal"));

    /// <summary>"Create case from this message" on a chat message posted by <paramref name="author"/> at <paramref name="postedAt"/>.</summary>
    public Task<TurnReply> CreateCaseFromMessageAsync(string persona, string text, string author, DateTimeOffset postedAt, string messageId = "1763636000000") =>
        HandleAsync(new Turn(TurnKind.MessageAction, Speaker(persona), text,
            new JsonObject { ["messageId"] = messageId, ["postedAt"] = postedAt.ToString("O"), ["author"] = author }, "createCase", "personal"));

    public async Task<TurnReply> HandleAsync(Turn turn)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITurnHandler>().HandleAsync(turn, CancellationToken.None);
    }

    public async Task<CaseView> CaseAsync(string reference)
    {
        await using var scope = _services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CaseService>();
        return (await service.FindAsync(Actor(Officer), reference)).Value;
    }

    /// <summary>A change made elsewhere (the API, another person's card), e.g. a step the case card does not offer.</summary>
    public async Task ChangeAsync(string persona, string reference, CaseCommand command)
    {
        await using var scope = _services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CaseService>();
        var found = await service.FindAsync(Actor(persona), reference);
        Assert.Null((await service.ChangeAsync(Actor(persona), found.Value.Case.Id, found.Value.Version, command)).Error);
    }

    /// <summary>The deadline prompt <paramref name="persona"/> would get about the running clock of <paramref name="reference"/>.</summary>
    public async Task<JsonObject> PromptAsync(string persona, string reference, int threshold, PromptAudience audience)
    {
        var view = await CaseAsync(reference);
        var due = DueClock.On(Case.Restore(view.Case), ClockRules.Default).First(d => d.Clock != PromptClock.Acknowledgement);
        var prompt = new Prompt(view.Case.Id, reference, view.Case.Kind, due, threshold, audience);
        var messages = await new PromptMessages(_services.GetRequiredService<IServiceScopeFactory>()).ForAsync(prompt, persona, CancellationToken.None);
        return messages![0].Card!;
    }

    /// <summary>The complaints officers' weekly digest of the open cases in the store now, with one prompt to the manager
    /// not delivered.</summary>
    public async Task<JsonObject> DigestAsync()
    {
        var open = new List<Case>();
        foreach (var summary in await Store.ListAsync(new CaseQuery(OpenOnly: true)))
            open.Add((await Store.GetAsync(summary.Id))!.Value);
        var undelivered = new PromptEntry("gallery", open[0].Id, open[0].Reference, Manager, PromptState.Undelivered, null, null, 1, Time.GetUtcNow(),
            LastFailure: "Teams refused the message (403): the app may be uninstalled or blocked for this person.");
        // The harness's council hasn't finished its set-up, so the digest also says what needs its attention.
        var attention = _services.GetRequiredService<CouncilReadiness>().Gaps().Select(gap => gap.InWords).ToArray();
        return DigestCard.Build(OfficerDigest.Of(open, [undelivered], Time.GetUtcNow(), ClockRules.Default), _services.GetRequiredService<ActorDirectory>().NameOf, attention);
    }

    /// <summary>The triage card <paramref name="persona"/> would get for this email arriving in the complaints mailbox.</summary>
    public async Task<JsonObject> TriageCardAsync(string persona, string eml)
    {
        var mime = System.Text.Encoding.UTF8.GetBytes(eml);
        var draft = (await _services.GetRequiredService<EmailDrafter>().DraftAsync(new MemoryStream(mime))).Value;
        var triage = new TriageDraft(draft.InternetMessageId!, "complaints@thornbury.gov.uk", "AAMkGallery", EmailName.Of(mime), Time.GetUtcNow(), draft, null, draft.Kind);
        await _services.GetRequiredService<IEmailStore>().PutAsync(triage.Id, triage.EmailName, mime);
        await Store.TryAddTriageDraftAsync(triage);
        await using var scope = _services.CreateAsyncScope();
        var people = scope.ServiceProvider.GetRequiredService<People>();
        return TriageCard.Build(triage, people.FormOptions(Actor(persona)), people.NameOf);
    }

    private static Speaker Speaker(string persona) => new($"29:{persona}", persona, null);

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
