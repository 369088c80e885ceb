using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Domain.Escalations;
using EngagementBot.Host.Tests.Flows.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Escalations;

/// <summary>
/// The real host with the repository's dialogs and the chosen pack active, a fake connector, and a fake
/// Graph in which the practitioner has a line manager; areas North and South; a fast outbox; optionally a
/// manual clock. The practitioner talks in their 1:1 chat, the channel admin in a team channel.
/// </summary>
public sealed class EscalationFlowHost : IAsyncDisposable
{
    public const string Manager = "aad-manager";
    public const string ManagerName = "Alex Manager";
    public const string PersonalChat = "a:personal-1";
    public const string TeamsChannel = "19:channel@thread.tacv2";

    private EscalationFlowHost(BotHost bot) => Bot = bot;

    public BotHost Bot { get; }

    public FakeConnector Connector => Bot.Connector;

    public IEscalationStore Escalations => Bot.Services.GetRequiredService<IEscalationStore>();

    public static async Task<EscalationFlowHost> StartAsync(string pack = "forth-valley-children", TimeProvider? clock = null)
    {
        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(TestActivities.UserAadObjectId, "Sam Worker", "sam@contoso.example"))
            .AddUser(new FakeGraphUser(Manager, ManagerName, "alex@contoso.example"))
            .SetManager(TestActivities.UserAadObjectId, Manager);
        var settings = new Dictionary<string, string?>
        {
            ["Guidance:ActivePack"] = pack,
            ["Incidents:Areas:0"] = "North",
            ["Incidents:Areas:1"] = "South",
            ["Incidents:Admins:0"] = TestActivities.UserAadObjectId,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Outbox:MaxRetryDelay"] = "00:00:00.200",
            ["Bot:Retry:MaxAttempts"] = "1",
        };
        return new EscalationFlowHost(await BotHost.StartAsync(settings: settings, graph: graph, clock: clock));
    }

    /// <summary>The practitioner types in their 1:1 chat; returns everything the bot replied as plain text (card strings included).</summary>
    public async Task<string> SayAsync(string text)
    {
        var before = Connector.Calls.Count;
        using var response = await Bot.PostAsync(TestActivities.Message(text, Bot.ServiceUrl, conversationId: PersonalChat), Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return string.Join("\n", Connector.Calls.Skip(before)
            .Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is not null)
            .Select(c => Strings(c.Body!["text"] ?? c.Body!["attachments"])));
    }

    /// <summary>The practitioner presses a card button that sends <paramref name="value"/> (an Action.Submit); returns the replies as plain text.</summary>
    public async Task<string> SubmitAsync(JsonObject value)
    {
        var before = Connector.Calls.Count;
        var activity = TestActivities.Message("", Bot.ServiceUrl, conversationId: PersonalChat);
        activity.Remove("text");
        activity["value"] = value;
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return string.Join("\n", Connector.Calls.Skip(before)
            .Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal) && c.Body is not null)
            .Select(c => Strings(c.Body!["text"] ?? c.Body!["attachments"])));
    }

    /// <summary>The admin subscribes the team channel to the area's alerts.</summary>
    public async Task SubscribeAsync(string area)
    {
        using var response = await Bot.PostAsync(TestActivities.ChannelMention($"alerts on area={area}", Bot.ServiceUrl), Bot.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Presses an Action.Execute button of the decision card as <paramref name="aadObjectId"/>; returns the invoke response body.</summary>
    public async Task<JsonNode> InvokeAsync(string verb, Guid escalationId, string aadObjectId, string name, string conversationId, string? note = null)
    {
        var data = new JsonObject { ["escalationId"] = escalationId.ToString("D") };
        if (note is not null)
        {
            data["note"] = note;
        }

        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = Bot.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "EngagementBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } },
        };
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>The one escalation recorded on the case, once its manager's card copy is recorded.</summary>
    public Task<EscalationRecord> RecordedAsync(string caseReference) =>
        Eventually.ValueAsync(
            async () => (await Escalations.ForCaseAsync(caseReference, CancellationToken.None)) is [{ } r] && r.Cards.Any(c => c.CanDecide) ? r : null,
            "the escalation was recorded and its decision card posted");

    /// <summary>Threads the bot opened in channels, as sent.</summary>
    public IReadOnlyList<JsonNode> ChannelThreads() =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations" && c.Body?["channelData"]?["channel"] is not null)
            .Select(c => c.Body!)];

    /// <summary>Texts the bot sent into a conversation.</summary>
    public IReadOnlyList<string> TextsIn(string conversationId) =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", StringComparison.Ordinal))
            .Select(c => c.Body?["text"]?.GetValue<string>())
            .OfType<string>()];

    /// <summary>Cards the bot replaced in place.</summary>
    public IReadOnlyList<(string Path, JsonNode Card)> CardUpdates() =>
        [.. Connector.Calls
            .Where(c => c.Method == "PUT" && c.Body?["attachments"]?[0]?["content"] is not null)
            .Select(c => (c.Path, c.Body!["attachments"]![0]!["content"]!))];

    /// <summary>Every string value in a JSON node, joined (so card text reads as the user sees it).</summary>
    public static string Strings(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonObject obj => string.Join("\n", obj.Select(p => Strings(p.Value))),
        JsonArray array => string.Join("\n", array.Select(Strings)),
        _ => "",
    };

    public async ValueTask DisposeAsync() => await Bot.DisposeAsync();
}
