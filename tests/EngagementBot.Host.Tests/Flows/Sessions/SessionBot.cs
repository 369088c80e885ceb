using System.Text.Json;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns.Invoke;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Domain.Turns;
using EngagementBot.Graph.Configuration;
using EngagementBot.Host.Composition;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Outbox;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Host.Turns;
using EngagementBot.Storage;
using EngagementBot.Testing;
using EngagementBot.Testing.Fakes;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>
/// The host's own services (<c>AddEngagementBot</c>: the repository's dialogs, cards and packs, SQLite) with a
/// manual clock — Monday 23 November 2026, 10:00 GMT — driven through the real turn pipeline. The connector is
/// a recording one that also accepts updates; Graph is a fake in which <see cref="Boss"/> is the worker's line
/// manager; the alert flow is <see cref="RecordingSafetyAlerts"/>. The outbox is delivered by the real
/// dispatcher, on demand, at the manual clock's time (<see cref="DeliverDueAsync"/>), so timers fire exactly
/// when the test moves the clock past them. Team "north" has the worker and <see cref="TeamManager"/>.
/// </summary>
public sealed class SessionBot : IAsyncDisposable
{
    public static readonly DateTimeOffset MondayMorning = PlanVisitBot.MondayMorning;

    public const string Team = "north";
    public const string WorkerName = "Sam Worker";

    private readonly ServiceProvider _services;
    private bool _restarted;

    private SessionBot(ServiceProvider services, string folder, ManualClock clock, FakeGraphServer graph)
    {
        _services = services;
        Folder = folder;
        Clock = clock;
        Graph = graph;
        Worker = new TranscriptUser("worker-1", "a:worker-chat", clock);
        TeamManager = new TranscriptUser("manager-1", "a:manager-chat", clock);
        Boss = new TranscriptUser("boss-1", "a:boss-chat", clock);
        Stranger = new TranscriptUser("stranger-1", "a:stranger-chat", clock);
    }

    public string Folder { get; }

    public ManualClock Clock { get; }

    public FakeGraphServer Graph { get; }

    /// <summary>The practitioner on visits (team north).</summary>
    public TranscriptUser Worker { get; }

    /// <summary>Listed as a manager of team north.</summary>
    public TranscriptUser TeamManager { get; }

    /// <summary>The worker's line manager in Graph, not named in any team.</summary>
    public TranscriptUser Boss { get; }

    /// <summary>A colleague with no part in anyone's ladder.</summary>
    public TranscriptUser Stranger { get; }

    public SessionConnector Connector => _services.GetRequiredService<SessionConnector>();

    public RecordingSafetyAlerts Alerts => _services.GetRequiredService<RecordingSafetyAlerts>();

    public ISessionStore Sessions => _services.GetRequiredService<ISessionStore>();

    public IAlertStore AlertStore => _services.GetRequiredService<IAlertStore>();

    public IOutboxStore Outbox => _services.GetRequiredService<IOutboxStore>();

    public IServiceProvider Services => _services;

    /// <param name="settings">Settings over the defaults.</param>
    public static Task<SessionBot> StartAsync(IDictionary<string, string?>? settings = null) => StartAsync(settings, folder: null, clock: null, graph: null);

    private static async Task<SessionBot> StartAsync(IDictionary<string, string?>? settings, string? folder, ManualClock? clock, FakeGraphServer? graph)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "engagementbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        clock ??= new ManualClock(MondayMorning);
        graph ??= await StartGraphAsync();

        var values = new Dictionary<string, string?>
        {
            ["Bot:DevelopmentAuthentication"] = "true",
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"),
            ["Dialogs:Path"] = RepoPaths.Dialogs,
            ["Cards:Path"] = RepoPaths.Cards,
            ["Guidance:PacksPath"] = Path.Combine(RepoPaths.Seeds, "packs"),
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:TeamsAppId"] = BotHost.GraphTeamsAppId,
            ["Graph:MailSenderAadObjectId"] = BotHost.GraphMailSender,
            ["Outbox:FirstRetryDelay"] = "00:00:01",
            ["LoneWorker:Teams:north:Members:0"] = "aad-worker-1",
            ["LoneWorker:Teams:north:Managers:0"] = "aad-manager-1",
            ["LoneWorker:Teams:south:Members:0"] = "aad-worker-9",
            ["LoneWorker:Teams:south:Managers:0"] = "aad-manager-9",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddEngagementBot(configuration);
        services.AddSingleton(new GraphCredentialOverride(new StaticGraphCredential("graph-test-token")));
        services.AddSingleton<SessionConnector>();
        services.RemoveAll<IConnectorClient>();
        services.AddSingleton<IConnectorClient>(provider => provider.GetRequiredService<SessionConnector>());
        services.AddSingleton<RecordingSafetyAlerts>();
        services.RemoveAll<ISafetyAlerts>();
        services.AddSingleton<ISafetyAlerts>(provider => provider.GetRequiredService<RecordingSafetyAlerts>());

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.GetRequiredService<IStorageInitializer>().InitializeAsync(CancellationToken.None);
        return new SessionBot(provider, folder, clock, graph);
    }

    /// <summary>A new bot on the same database, clock and Graph, as after a restart; this one is stopped and hands its folder on.</summary>
    public async Task<SessionBot> RestartAsync(IDictionary<string, string?>? settings = null)
    {
        _restarted = true;
        await _services.DisposeAsync();
        return await StartAsync(settings, Folder, Clock, Graph);
    }

    public TranscriptScript Script(TranscriptUser user) => new(new Target(this), user);

    /// <summary>One turn through the pipeline; the replies to it (and an invoke's response).</summary>
    public async Task<IReadOnlyList<BotReply>> SendAsync(TurnInput input)
    {
        var before = Connector.Calls.Count;
        var result = await _services.GetRequiredService<TurnPipeline>().ProcessAsync(TurnActivities.From(Named(input)), CancellationToken.None);
        var replies = Connector.Calls.Skip(before)
            .Where(c => c.Operation == SessionConnector.Reply && c.Activity.ReplyToId == input.ActivityId)
            .Select(c => c.CardJson is { } card ? BotReply.FromCard(card) : BotReply.FromText(c.Text!))
            .ToList();
        if (result.Invoke is { } invoke)
        {
            replies.Add(invoke.Body.Type == AdaptiveCardInvokeResponse.CardType
                ? BotReply.FromCard(invoke.Body.Value.GetRawText())
                : BotReply.FromText(invoke.Body.Value.GetString() ?? string.Empty));
        }

        return replies;
    }

    /// <summary>A press on an Action.Execute button of the session card (<paramref name="cardActivityId"/> is the card's activity).</summary>
    public TurnInput Press(TranscriptUser user, string verb, Guid sessionId, string? cardActivityId = null) =>
        new(TurnKind.CardAction, user.Conversation, Guid.NewGuid().ToString("N"), user.From, verb,
            JsonSerializer.SerializeToElement(new { sessionId = sessionId.ToString("D") }), cardActivityId, "en-GB", Clock.Now);

    /// <summary>Delivers every outbox message due at the clock's time (and any they make due at once).</summary>
    public async Task DeliverDueAsync()
    {
        var dispatcher = ActivatorUtilitiesFor<OutboxDispatcher>();
        while (await dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>Moves the clock on and delivers what became due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Now += by;
        await DeliverDueAsync();
    }

    /// <summary>The worker's open sessions, soonest first.</summary>
    public Task<IReadOnlyList<VisitSession>> OpenAsync() => Sessions.OpenForWorkerAsync(Worker.From.AadObjectId!, CancellationToken.None);

    /// <summary>What the bot sent into a conversation outside turns (outbox sends), in order.</summary>
    public IReadOnlyList<ConnectorCall> SentTo(TranscriptUser user) =>
        [.. Connector.Calls.Where(c => c.Operation == SessionConnector.Send && c.ConversationId == user.Conversation.ConversationId)];

    /// <summary>The in-place updates of one activity, in order.</summary>
    public IReadOnlyList<ConnectorCall> UpdatesOf(string activityId) =>
        [.. Connector.Calls.Where(c => c.Operation == SessionConnector.Update && c.ActivityId == activityId)];

    /// <summary>A session straight into the store, as start-session would store it (for tests about what follows).</summary>
    public async Task<VisitSession> StartSessionAsync(string caseReference, DateTimeOffset visitAt, DateTimeOffset dueBackAt, TranscriptUser? worker = null, string team = Team)
    {
        worker ??= Worker;
        await SendAsync(worker.Message("hi"));
        var session = VisitSession.Start(
            Guid.NewGuid(), null, caseReference, team,
            new SessionWorker(worker.From.AadObjectId!, worker.From.Id, new Domain.Approvals.ConversationRef("msteams", worker.Conversation.ConversationId), NameOf(worker.From.Id)),
            new Whereabouts("home", "14 Example Road", "07700900123"), visitAt, dueBackAt, Clock.Now);
        await Sessions.AddAsync(session, new SessionEvent(session.Id, Clock.Now, SessionEventKinds.Started, worker.From.AadObjectId, null), CancellationToken.None);
        await Services.GetRequiredService<Host.Flows.Sessions.SessionNotifications>().ScheduleDeadlineAsync(session, CancellationToken.None);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (!_restarted)
        {
            await Graph.DisposeAsync();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // best effort: SQLite may still hold the WAL open for a moment
            }
        }
    }

    private static async Task<FakeGraphServer> StartGraphAsync()
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(BotHost.GraphMailSender, "EngagementBot notifications", "engagementbot@contoso.example"))
            .AddUser(new FakeGraphUser("aad-worker-1", WorkerName, "sam@contoso.example"))
            .AddUser(new FakeGraphUser("aad-boss-1", "Bea Boss", "bea@contoso.example"))
            .SetManager("aad-worker-1", "aad-boss-1");
        return graph;
    }

    private static string? NameOf(string userId) => userId switch
    {
        "worker-1" => WorkerName,
        "manager-1" => "Morgan Manager",
        "boss-1" => "Bea Boss",
        _ => null,
    };

    // The channel names people; transcript users carry no name.
    private static TurnInput Named(TurnInput input) => input with { From = input.From with { Name = NameOf(input.From.Id) } };

    private T ActivatorUtilitiesFor<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    private sealed class Target(SessionBot bot) : ITranscriptTarget
    {
        public Task<IReadOnlyList<BotReply>> SendAsync(TurnInput input, CancellationToken cancellationToken = default) => bot.SendAsync(input);
    }
}
