using System.Text.Json.Nodes;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Incidents;

/// <summary>
/// The real host with the repository's dialogs, a fake connector, and a fake Graph in which the
/// practitioner (<see cref="TestActivities.UserAadObjectId"/>, also the channel admin) has a line manager;
/// areas North and South; a fast outbox. Talks as Teams would: the practitioner in their 1:1 chat,
/// mentions in a team channel.
/// </summary>
public sealed class IncidentFlowHost : IAsyncDisposable
{
    public const string Manager = "aad-manager";
    public const string PersonalChat = "a:personal-1";
    public const string TeamsChannel = "19:channel@thread.tacv2";

    private IncidentFlowHost(BotHost bot) => Bot = bot;

    public BotHost Bot { get; }

    public FakeConnector Connector => Bot.Connector;

    public FakeGraphServer Graph => Bot.Graph!;

    public static async Task<IncidentFlowHost> StartAsync()
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(TestActivities.UserAadObjectId, "Sam Worker", "sam@contoso.example"))
            .AddUser(new FakeGraphUser(Manager, "Alex Manager", "alex@contoso.example"))
            .SetManager(TestActivities.UserAadObjectId, Manager);
        var settings = new Dictionary<string, string?>
        {
            ["Incidents:Areas:0"] = "North",
            ["Incidents:Areas:1"] = "South",
            ["Incidents:Admins:0"] = TestActivities.UserAadObjectId,
            ["Incidents:Support:0:Name"] = "Staff counselling",
            ["Incidents:Support:0:Contact"] = "0800 000 0000",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Outbox:MaxRetryDelay"] = "00:00:00.200",
            ["Bot:Retry:MaxAttempts"] = "1",
        };
        return new IncidentFlowHost(await BotHost.StartAsync(settings: settings, graph: graph));
    }

    public T Get<T>()
        where T : notnull => Bot.Services.GetRequiredService<T>();

    /// <summary>The practitioner types in their 1:1 chat; returns the texts and card JSON the bot replied with.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text)
    {
        var before = Connector.Calls.Count;
        using var response = await Bot.PostAsync(TestActivities.Message(text, Bot.ServiceUrl, conversationId: PersonalChat), Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return RepliesSince(before);
    }

    /// <summary>Someone mentions the bot in the team channel; <paramref name="aadObjectId"/> replaces the sender's directory id.</summary>
    public async Task<IReadOnlyList<string>> MentionAsync(string text, string aadObjectId = TestActivities.UserAadObjectId)
    {
        var before = Connector.Calls.Count;
        var activity = TestActivities.ChannelMention(text, Bot.ServiceUrl);
        activity["from"]!["aadObjectId"] = aadObjectId;
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return RepliesSince(before);
    }

    /// <summary>Threads the bot opened in channels (<c>POST /v3/conversations</c> with a channel), as sent.</summary>
    public IReadOnlyList<JsonNode> ChannelThreads() =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations" && c.Body?["channelData"]?["channel"] is not null)
            .Select(c => c.Body!)];

    /// <summary>Texts the bot sent into the practitioner's chat outside a turn or in one.</summary>
    public IReadOnlyList<string> TextsInPersonalChat() =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{Uri.EscapeDataString(PersonalChat)}/activities", StringComparison.Ordinal))
            .Select(c => c.Body?["text"]?.GetValue<string>())
            .OfType<string>()];

    /// <summary>Pending outbox messages, not counting the end-of-day sweep timer that is always queued.</summary>
    public int CountPending() => Get<IOutboxStore>().CountPendingAsync(CancellationToken.None).GetAwaiter().GetResult() - AlwaysPending;

    // The sessions flow keeps tomorrow's (or today's) end-of-day sweep queued at all times.
    private const int AlwaysPending = 1;

    public static Task WaitAsync(Func<bool> condition, string what) => Eventually.TrueAsync(condition, what);

    private IReadOnlyList<string> RepliesSince(int before) =>
        [.. Connector.Calls.Skip(before)
            .Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is not null)
            .Select(c => c.Body!["text"]?.GetValue<string>() ?? c.Body!["attachments"]?.ToJsonString() ?? "")];

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();
}
