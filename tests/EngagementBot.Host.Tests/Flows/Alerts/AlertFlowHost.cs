using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Outbox;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.LoneWorker;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Alerts;

/// <summary>
/// The real host on a clock the test sets, with a fake connector and a fake Graph in which the worker
/// (<see cref="TestActivities.UserAadObjectId"/>, team <see cref="Team"/>) has a line manager; the team has a
/// second contact, an out-of-hours contact and a channel, acknowledgements are due within 5 minutes, SOS
/// waits 5 seconds for a cancel and the duress word is <see cref="DuressWord"/>. Drives the flow as Teams
/// would (messages from the worker, presses from whoever presses) and reads what went out.
/// </summary>
public sealed class AlertFlowHost : IAsyncDisposable
{
    public const string Worker = TestActivities.UserAadObjectId;
    public const string WorkerName = "Sam Worker";
    public const string WorkerChat = "a:personal-1";
    public const string Manager = "aad-manager";
    public const string ManagerName = "Alex Manager";
    public const string Second = "aad-second";
    public const string SecondName = "Sky Second";
    public const string OutOfHours = "aad-ooh";
    public const string OutOfHoursName = "Olu Duty";
    public const string Stranger = "aad-stranger";
    public const string Team = "north";
    public const string Channel = "19:north@thread.tacv2";
    public const string DuressWord = "bluebird";
    public const string CaseReference = "SC-0017";
    public const string Location = "12 Example Street, Pontypridd";
    public const string Phone = "07700 900123";

    /// <summary>Monday 2 March 2026, 10:00 in London (GMT): working hours.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan AcknowledgeWithin = TimeSpan.FromMinutes(5);

    private readonly string _folder;
    private readonly bool _ownsFolder;

    private AlertFlowHost(BotHost bot, ManualClock clock, string folder, bool ownsFolder)
    {
        Bot = bot;
        Clock = clock;
        _folder = folder;
        _ownsFolder = ownsFolder;
    }

    public BotHost Bot { get; }

    public ManualClock Clock { get; }

    public FakeConnector Connector => Bot.Connector;

    public FakeGraphServer Graph => Bot.Graph!;

    public IAlertStore Alerts => Bot.Services.GetRequiredService<IAlertStore>();

    public IOutboxStore OutboxStore => Bot.Services.GetRequiredService<IOutboxStore>();

    /// <summary>The SQLite file, to start another host on the same data.</summary>
    public string DatabasePath => Path.Combine(_folder, "bot.db");

    /// <param name="databasePath">An existing host's <see cref="DatabasePath"/> (a restart); null for a new database.</param>
    public static async Task<AlertFlowHost> StartAsync(DateTimeOffset at, string? databasePath = null, IDictionary<string, string?>? settings = null)
    {
        var folder = databasePath is null ? Path.Combine(Path.GetTempPath(), "engagementbot-tests", "alerts-" + Guid.NewGuid().ToString("N")) : Path.GetDirectoryName(databasePath)!;
        Directory.CreateDirectory(folder);
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(Worker, WorkerName, "sam@contoso.example"))
            .AddUser(new FakeGraphUser(Manager, ManagerName, "alex@contoso.example"))
            .AddUser(new FakeGraphUser(Second, SecondName, "sky@contoso.example"))
            .AddUser(new FakeGraphUser(OutOfHours, OutOfHoursName, "olu@contoso.example"))
            .AddUser(new FakeGraphUser(Stranger, "Pat Stranger", "pat@contoso.example"))
            .SetManager(Worker, Manager);

        var all = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"),
            ["LoneWorker:TimeZone"] = "Europe/London",
            ["LoneWorker:SosCancelWindow"] = "00:00:05",
            ["LoneWorker:DuressWord"] = DuressWord,
            ["LoneWorker:Timings:AcknowledgeWithin"] = "00:05:00",
            ["LoneWorker:BankHolidays:0"] = "2026-05-04",
            ["LoneWorker:Teams:north:Members:0"] = Worker,
            ["LoneWorker:Teams:north:SecondContact"] = Second,
            ["LoneWorker:Teams:north:OutOfHoursContact"] = OutOfHours,
            ["LoneWorker:Teams:north:ChannelId"] = Channel,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Outbox:MaxRetryDelay"] = "00:00:00.200",
            ["Bot:Retry:MaxAttempts"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var clock = new ManualClock(at);
        return new AlertFlowHost(await BotHost.StartAsync(settings: all, graph: graph, clock: clock), clock, folder, databasePath is null);
    }

    /// <summary>Every string in a card (or any JSON), one per line, unescaped: what the reader can see and what the card carries.</summary>
    public static string TextOf(JsonNode? node) => node switch
    {
        JsonObject obj => string.Join('\n', obj.Select(p => TextOf(p.Value))),
        JsonArray list => string.Join('\n', list.Select(TextOf)),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => string.Empty,
    };

    public void Advance(TimeSpan by) => Clock.Now += by;

    public T Service<T>()
        where T : notnull => Bot.Services.GetRequiredService<T>();

    /// <summary>The worker types <paramref name="text"/> in their 1:1 chat.</summary>
    public async Task SayAsync(string text)
    {
        var message = TestActivities.Message(text, Bot.ServiceUrl, conversationId: WorkerChat);
        message["from"]!["name"] = WorkerName;
        using var response = await Bot.PostAsync(message, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A session for the worker (stored), due back <paramref name="dueIn"/> from now.</summary>
    public async Task<VisitSession> StartSessionAsync(TimeSpan dueIn)
    {
        var now = Clock.GetUtcNow();
        var session = VisitSession.Start(
            Guid.NewGuid(), null, CaseReference, Team,
            new SessionWorker(Worker, TestActivities.UserId, new ConversationRef("msteams", WorkerChat), WorkerName),
            new Whereabouts("home", Location, Phone), now - TimeSpan.FromHours(1), now + dueIn, now - TimeSpan.FromHours(2));
        Assert.True(await Service<ISessionStore>().AddAsync(session, new SessionEvent(session.Id, now, "started", Worker, null), CancellationToken.None));
        return session;
    }

    /// <summary>The worker has talked to the bot; a session of theirs is overdue and its alert raised (as the session flow would).</summary>
    public async Task<SafetyAlert> RaiseOverdueAsync()
    {
        await SayAsync("hi");
        var session = await StartSessionAsync(TimeSpan.FromMinutes(-10));
        return await Service<ISafetyAlerts>().RaiseOverdueAsync(session, CancellationToken.None);
    }

    public Task<SafetyAlert> AlertAsync(Guid id) => Eventually.ValueAsync(() => Alerts.FindAsync(id, CancellationToken.None), "the alert is stored");

    /// <summary>Waits until <paramref name="aadObjectId"/>'s copy of the card is posted and recorded; returns its conversation id.</summary>
    public async Task<string> CardPostedToAsync(Guid alertId, string recipient) =>
        (await Eventually.ValueAsync(
            async () => (await Alerts.FindAsync(alertId, CancellationToken.None))?.PostedCards.FirstOrDefault(c => c.RecipientAadObjectId == recipient),
            $"a copy of the card reached {recipient}")).Conversation.ConversationId;

    /// <summary>Whether a copy of the card was recorded for <paramref name="recipient"/>.</summary>
    public async Task<bool> HasCardAsync(Guid alertId, string recipient) =>
        (await Alerts.FindAsync(alertId, CancellationToken.None))!.PostedCards.Any(c => c.RecipientAadObjectId == recipient);

    /// <summary>Mails sent to <paramref name="address"/> (as Graph received them).</summary>
    public IReadOnlyList<JsonNode> MailsTo(string address) =>
        [.. Graph.CallsTo(GraphRoute.SendMail)
            .Select(c => c.Body!)
            .Where(b => b["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>() == address)];

    public IReadOnlyList<GraphCall> FeedNoticesTo(string aadObjectId) =>
        [.. Graph.CallsTo(GraphRoute.SendActivityNotification).Where(c => c.Path.Contains($"/users/{aadObjectId}/", StringComparison.Ordinal))];

    /// <summary>Cards posted as new threads in the team channel.</summary>
    public IReadOnlyList<JsonNode> ChannelThreads() =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.Body?["channelData"]?["channel"]?["id"]?.GetValue<string>() == Channel)
            .Select(c => c.Body!["activity"]!["attachments"]![0]!["content"]!)];

    /// <summary>Everything the bot sent into a conversation (posts and replies, text and cards), in order.</summary>
    public IReadOnlyList<JsonNode> SentInto(string conversationId) =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", StringComparison.Ordinal))
            .Select(c => c.Body!)];

    /// <summary>Texts the bot sent into a conversation, in order.</summary>
    public IReadOnlyList<string> TextsIn(string conversationId) =>
        [.. SentInto(conversationId).Select(b => b["text"]?.GetValue<string>()).OfType<string>()];

    /// <summary>Cards the bot replaced in place.</summary>
    public IReadOnlyList<(string Path, JsonNode Card)> CardUpdates() =>
        [.. Connector.Calls
            .Where(c => c.Method == "PUT" && c.Body?["attachments"]?[0]?["content"] is not null)
            .Select(c => (c.Path, c.Body!["attachments"]![0]!["content"]!))];

    /// <summary>Presses an Action.Execute button as <paramref name="aadObjectId"/>; returns the invoke response body.</summary>
    /// <param name="inChannel">Pressed in the team channel thread <paramref name="conversationId"/>, else in a 1:1 chat.</param>
    public Task<JsonNode> InvokeAsync(string verb, Guid alertId, string aadObjectId, string name, string conversationId, bool inChannel = false) =>
        InvokeAsync(verb, new JsonObject { ["alertId"] = alertId.ToString("D") }, aadObjectId, name, conversationId, inChannel);

    /// <summary>Presses an Action.Execute button whose data (with the card's inputs) is <paramref name="data"/>; returns the invoke response body.</summary>
    public async Task<JsonNode> InvokeAsync(string? verb, JsonObject data, string aadObjectId, string name, string conversationId, bool inChannel = false)
    {
        var activity = Activity("invoke", aadObjectId, name, conversationId, inChannel);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        };
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Presses an Action.Submit button (the fallback, or the arming card's Cancel) with <paramref name="value"/>.</summary>
    public async Task SubmitAsync(JsonObject value, string aadObjectId, string name, string conversationId)
    {
        var activity = Activity("message", aadObjectId, name, conversationId, inChannel: false);
        activity["value"] = value;
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    private JsonObject Activity(string type, string aadObjectId, string name, string conversationId, bool inChannel)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        if (inChannel)
        {
            channelData["team"] = new JsonObject { ["id"] = "19:team-north@thread.tacv2" };
            channelData["channel"] = new JsonObject { ["id"] = Channel };
        }

        return new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = Bot.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = aadObjectId == Worker ? TestActivities.UserId : "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "EngagementBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = inChannel ? "channel" : "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = channelData,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
