using System.Text.Json.Nodes;
using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.Sessions;
using EngagementBot.Host.Tests.Flows.Alerts;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using EngagementBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static EngagementBot.Host.Tests.Flows.Alerts.AlertFlowHost;

namespace EngagementBot.Host.Tests.Flows.LoneWorker;

/// <summary>
/// Two instances of the real host (<see cref="BotHost"/> "a" and "b": each its own services, outbox dispatcher and
/// connection pool) on one fresh PostgreSQL database, on one clock the test sets, sharing one fake connector and
/// one fake Graph, with the people, team and timings of <see cref="AlertFlowHost"/>. Each instance presents its own
/// token, so every recorded call says which instance made it. Both dispatchers claim small batches, so due work is
/// spread over both.
/// </summary>
public sealed class TwoInstanceFlowHost : IAsyncDisposable
{
    public const string InstanceA = "a";
    public const string InstanceB = "b";

    /// <summary>How long the grace period is by default: from the deadline to the overdue alert.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, BotHost> _hosts;

    private TwoInstanceFlowHost(ScratchPostgresDatabase database, FakeConnector connector, FakeGraphServer graph, ManualClock clock, Dictionary<string, BotHost> hosts)
    {
        Database = database;
        Connector = connector;
        Graph = graph;
        Clock = clock;
        _hosts = hosts;
    }

    public ScratchPostgresDatabase Database { get; }

    public FakeConnector Connector { get; }

    public FakeGraphServer Graph { get; }

    public ManualClock Clock { get; }

    public static async Task<TwoInstanceFlowHost> StartAsync(DateTimeOffset at)
    {
        var database = new ScratchPostgresDatabase();
        var connector = await FakeConnector.StartAsync();
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(Worker, WorkerName, "sam@contoso.example"))
            .AddUser(new FakeGraphUser(Manager, ManagerName, "alex@contoso.example"))
            .AddUser(new FakeGraphUser(Second, SecondName, "sky@contoso.example"))
            .AddUser(new FakeGraphUser(OutOfHours, OutOfHoursName, "olu@contoso.example"))
            .SetManager(Worker, Manager);
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["LoneWorker:TimeZone"] = "Europe/London",
            ["LoneWorker:SosCancelWindow"] = "00:00:05",
            ["LoneWorker:Timings:AcknowledgeWithin"] = "00:05:00",
            ["LoneWorker:Teams:north:Members:0"] = Worker,
            ["LoneWorker:Teams:north:SecondContact"] = Second,
            ["LoneWorker:Teams:north:OutOfHoursContact"] = OutOfHours,
            ["LoneWorker:Teams:north:ChannelId"] = Channel,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:BatchSize"] = "2",
            ["Bot:Retry:MaxAttempts"] = "1",
        };
        var clock = new ManualClock(at);
        var hosts = new Dictionary<string, BotHost>(StringComparer.Ordinal);
        try
        {
            foreach (var name in new[] { InstanceA, InstanceB })
            {
                hosts[name] = await BotHost.StartAsync(settings: settings, clock: clock, shared: new SharedFakes(connector, graph, name));
            }
        }
        catch
        {
            await DisposeAllAsync(hosts.Values, connector, graph, database);
            throw;
        }

        return new TwoInstanceFlowHost(database, connector, graph, clock, hosts);
    }

    public void Advance(TimeSpan by) => Clock.Now += by;

    public T Service<T>(string instance = InstanceA)
        where T : notnull => _hosts[instance].Services.GetRequiredService<T>();

    /// <summary>Stops one instance, as a crash or a deployment would; the other carries on.</summary>
    public async Task StopAsync(string instance)
    {
        var host = _hosts[instance];
        _hosts.Remove(instance);
        await host.DisposeAsync();
    }

    /// <summary>The worker types <paramref name="text"/> in their 1:1 chat, to <paramref name="instance"/>.</summary>
    public async Task SayAsync(string text, string instance = InstanceA)
    {
        var host = _hosts[instance];
        var message = TestActivities.Message(text, host.ServiceUrl, conversationId: WorkerChat);
        message["from"]!["name"] = WorkerName;
        using var response = await host.PostAsync(message, host.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A session for the worker on <paramref name="caseReference"/>, due back <paramref name="dueIn"/> from now, stored and
    /// its deadline timer set as starting a session from a plan does.
    /// </summary>
    public async Task<VisitSession> StartSessionAsync(string caseReference, TimeSpan dueIn)
    {
        var now = Clock.GetUtcNow();
        var session = VisitSession.Start(
            Guid.NewGuid(), null, caseReference, Team,
            new SessionWorker(Worker, TestActivities.UserId, new ConversationRef("msteams", WorkerChat), WorkerName),
            new Whereabouts("home", Location, Phone), now - TimeSpan.FromHours(1), now + dueIn, now);
        Assert.True(await Service<ISessionStore>().AddAsync(session, new SessionEvent(session.Id, now, SessionEventKinds.Started, Worker, null), CancellationToken.None));
        await Service<SessionNotifications>().ScheduleDeadlineAsync(session, CancellationToken.None);
        return session;
    }

    /// <summary>
    /// Waits until no outbox message is due at the clock's time (delivered, or not yet due), on two looks in a row.
    /// Moving the clock on only then keeps every claim well inside its lease, as in real time.
    /// </summary>
    public async Task QuietAsync()
    {
        var calm = 0;
        await Eventually.ValueAsync(
            async () =>
            {
                calm = await DueCountAsync() == 0 ? calm + 1 : 0;
                return calm >= 2 ? "quiet" : null;
            },
            "no outbox message is due");
    }

    /// <summary>Outbox messages given up on (none expected).</summary>
    public async Task<long> FailedCountAsync()
    {
        await using var connection = await Database.OpenRawAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM outbox_messages WHERE status = 'failed';", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public Task<SafetyAlert> AlertAsync(Guid id) =>
        Eventually.ValueAsync(() => Service<IAlertStore>(_hosts.Keys.First()).FindAsync(id, CancellationToken.None), "the alert is stored");

    /// <summary>Adaptive cards posted (new activities, not updates) to anyone but the worker that carry <paramref name="marker"/> (an alert id).</summary>
    public IReadOnlyList<ConnectorCall> CardPostsWith(string marker) =>
        [.. Connector.Calls.Where(c => c.Method == "POST" && !c.Path.Contains(Uri.EscapeDataString(WorkerChat), StringComparison.Ordinal)
            && CardOf(c) is { } card && TextOf(card).Contains(marker, StringComparison.Ordinal))];

    /// <summary>Cards posted into the worker's chat that ask whether they are safe, for <paramref name="caseReference"/>.</summary>
    public IReadOnlyList<ConnectorCall> PromptsFor(string caseReference) =>
        [.. Connector.Calls.Where(c => c.Method == "POST" && c.Path.Contains(Uri.EscapeDataString(WorkerChat), StringComparison.Ordinal)
            && CardOf(c) is { } card && TextOf(card) is var text
            && text.Contains("Are you safe?", StringComparison.Ordinal) && text.Contains(caseReference, StringComparison.Ordinal))];

    /// <summary>Texts the bot sent into the worker's chat.</summary>
    public IReadOnlyList<string> WorkerTexts() =>
        [.. Connector.Calls.Where(c => c.Method == "POST" && c.Path.Contains(Uri.EscapeDataString(WorkerChat), StringComparison.Ordinal))
            .Select(c => c.Body?["text"]?.GetValue<string>()).OfType<string>()];

    /// <summary>Mails to <paramref name="address"/> whose text mentions <paramref name="marker"/>.</summary>
    public IReadOnlyList<GraphCall> MailsTo(string address, string marker) =>
        [.. Graph.CallsTo(GraphRoute.SendMail).Where(c =>
            c.Body!["message"]!["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>() == address
            && TextOf(c.Body).Contains(marker, StringComparison.Ordinal))];

    /// <summary>Activity-feed notices to <paramref name="aadObjectId"/> whose text mentions <paramref name="marker"/>.</summary>
    public IReadOnlyList<GraphCall> FeedNoticesTo(string aadObjectId, string marker) =>
        [.. Graph.CallsTo(GraphRoute.SendActivityNotification).Where(c =>
            c.Path.Contains($"/users/{aadObjectId}/", StringComparison.Ordinal) && TextOf(c.Body).Contains(marker, StringComparison.Ordinal))];

    /// <summary>Which instances (by name) made calls to the connector or Graph.</summary>
    public IReadOnlySet<string> Callers() =>
        new[] { InstanceA, InstanceB }
            .Where(name => Connector.Calls.Select(c => c.Authorization).Concat(Graph.Calls.Select(c => c.Authorization)).Contains(SharedFakes.AuthorizationOf(name)))
            .ToHashSet(StringComparer.Ordinal);

    public async ValueTask DisposeAsync() => await DisposeAllAsync(_hosts.Values, Connector, Graph, Database);

    // A new channel thread carries its card in the create-conversation body; a post into a conversation in the activity.
    private static JsonNode? CardOf(ConnectorCall call) =>
        (call.Body?["activity"] ?? call.Body)?["attachments"]?[0]?["content"];

    private async Task<long> DueCountAsync()
    {
        await using var connection = await Database.OpenRawAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM outbox_messages WHERE status = 'pending' AND next_attempt_at_ms <= @now;", connection);
        command.Parameters.AddWithValue("@now", Clock.GetUtcNow().ToUnixTimeMilliseconds());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task DisposeAllAsync(IEnumerable<BotHost> hosts, FakeConnector connector, FakeGraphServer graph, ScratchPostgresDatabase database)
    {
        foreach (var host in hosts.ToList())
        {
            await host.DisposeAsync();
        }

        await connector.DisposeAsync();
        await graph.DisposeAsync();
        await database.DisposeAsync();
    }
}
