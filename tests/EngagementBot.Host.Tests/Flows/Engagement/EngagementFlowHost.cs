using System.Text.Json.Nodes;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.Flows.PlanVisit;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Engagement;

/// <summary>
/// The real host with a clock the test sets (Friday 20 March 2026, noon in London), a fake connector and a
/// fake Graph in which the practitioner has a line manager; the deployment's agency is Health Visiting and
/// the active pack Cwm Taf. Talks as Teams would, in the practitioner's 1:1 chat.
/// </summary>
public sealed class EngagementFlowHost : IAsyncDisposable
{
    public const string Manager = "aad-manager";
    public const string PersonalChat = "a:personal-1";
    public const string Agency = "Health Visiting";

    public static readonly DateTimeOffset Start = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);

    private EngagementFlowHost(BotHost bot, ManualClock clock)
    {
        Bot = bot;
        Clock = clock;
    }

    public BotHost Bot { get; }

    public ManualClock Clock { get; }

    public FakeConnector Connector => Bot.Connector;

    public FakeGraphServer Graph => Bot.Graph!;

    public static async Task<EngagementFlowHost> StartAsync(string pack = "cwm-taf-children")
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(TestActivities.UserAadObjectId, "Sam Worker", "sam@contoso.example"))
            .AddUser(new FakeGraphUser(Manager, "Alex Manager", "alex@contoso.example"))
            .SetManager(TestActivities.UserAadObjectId, Manager);
        var settings = new Dictionary<string, string?>
        {
            ["Guidance:ActivePack"] = pack,
            ["Incidents:Agency"] = Agency,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Outbox:MaxRetryDelay"] = "00:00:00.200",
            ["Bot:Retry:MaxAttempts"] = "1",
        };
        var clock = new ManualClock(Start);
        return new EngagementFlowHost(await BotHost.StartAsync(settings: settings, graph: graph, clock: clock), clock);
    }

    public T Get<T>()
        where T : notnull => Bot.Services.GetRequiredService<T>();

    /// <summary>The practitioner types in their 1:1 chat; returns the texts and card JSON the bot replied with there.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var before = Connector.Calls.Count;
        using var response = await Bot.PostAsync(TestActivities.Message(text, Bot.ServiceUrl, conversationId: PersonalChat), Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return RepliesSince(before);
    }

    /// <summary>The practitioner presses an Action.Submit button whose data is <paramref name="value"/>.</summary>
    public async Task<IReadOnlyList<string>> SubmitAsync(JsonObject value)
    {
        var before = Connector.Calls.Count;
        var activity = TestActivities.Message("", Bot.ServiceUrl, conversationId: PersonalChat);
        activity["text"] = null;
        activity["value"] = value;
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return RepliesSince(before);
    }

    /// <summary>Pending outbox messages, not counting the end-of-day sweep timer that is always queued.</summary>
    public int CountPending() => Get<IOutboxStore>().CountPendingAsync(CancellationToken.None).GetAwaiter().GetResult() - 1;

    public static Task WaitAsync(Func<bool> condition, string what) => Eventually.TrueAsync(condition, what);

    private IReadOnlyList<string> RepliesSince(int before) =>
        [.. Connector.Calls.Skip(before)
            .Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is not null && InPersonalChat(c.Path))
            .Select(c => c.Body!["text"]?.GetValue<string>() ?? c.Body!["attachments"]?.ToJsonString() ?? "")];

    // Replies in the practitioner's chat, not what the outbox sends the manager meanwhile.
    private static bool InPersonalChat(string path) =>
        Uri.UnescapeDataString(path).StartsWith($"/v3/conversations/{PersonalChat}/", StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();
}
