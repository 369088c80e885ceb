using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngagementBot.Domain.Approvals;
using EngagementBot.Host.Tests.TestSupport;
using EngagementBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Host.Tests.Flows.Approvals;

/// <summary>
/// The real host with a fake connector and a fake Graph in which the practitioner
/// (<see cref="TestActivities.UserAadObjectId"/>) has a line manager with one delegate, a test dialog
/// that asks for a joint visit, and a fast outbox. Drives the flow as Teams would: messages from the
/// practitioner, invokes and submits from whoever presses.
/// </summary>
public sealed class ApprovalFlowHost : IAsyncDisposable
{
    public const string Manager = "aad-manager";
    public const string ManagerName = "Alex Manager";
    public const string Deputy = "aad-deputy";
    public const string Stranger = "aad-stranger";
    public const string CaseReference = "SC-0017";

    private const string TestDialog = """
        {
          "id": "jv-test",
          "title": "the joint visit test",
          "triggers": { "utterances": ["ask for a joint visit"] },
          "completion": "That's all for now.",
          "steps": [
            { "id": "caseRef", "kind": "caseReference", "prompt": "What's the case reference?" },
            { "id": "risk", "kind": "choice", "prompt": "What's the risk level?",
              "options": [ { "value": "high", "title": "High" }, { "value": "medium", "title": "Medium" } ] },
            { "id": "ask", "kind": "action", "action": "request-joint-visit", "arguments": { "riskLevel": "risk" } }
          ]
        }
        """;

    private readonly string _dialogs;

    private ApprovalFlowHost(BotHost bot, string dialogs)
    {
        Bot = bot;
        _dialogs = dialogs;
    }

    public BotHost Bot { get; }

    public FakeConnector Connector => Bot.Connector;

    public FakeGraphServer Graph => Bot.Graph!;

    public IApprovalStore Approvals => Bot.Services.GetRequiredService<IApprovalStore>();

    public static async Task<ApprovalFlowHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var dialogs = Path.Combine(Path.GetTempPath(), "engagementbot-tests", "dialogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dialogs);
        await File.WriteAllTextAsync(Path.Combine(dialogs, "jv-test.json"), TestDialog);

        var graph = await FakeGraphServer.StartAsync();
        graph.AddUser(new FakeGraphUser(TestActivities.UserAadObjectId, "Sam Worker", "sam@contoso.example"))
            .AddUser(new FakeGraphUser(Manager, ManagerName, "alex@contoso.example"))
            .AddUser(new FakeGraphUser(Deputy, "Dee Deputy", "dee@contoso.example"))
            .SetManager(TestActivities.UserAadObjectId, Manager);

        var all = new Dictionary<string, string?>
        {
            ["Dialogs:Path"] = dialogs,
            ["Graph:Delegates:" + Manager + ":0"] = Deputy,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:FirstRetryDelay"] = "00:00:00.050",
            ["Outbox:MaxRetryDelay"] = "00:00:00.200",
            ["Bot:Retry:MaxAttempts"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ApprovalFlowHost(await BotHost.StartAsync(settings: all, graph: graph), dialogs);
    }

    /// <summary>The practitioner asks; returns the approval once its card reached the manager's chat.</summary>
    public async Task<JointVisitApproval> RequestAsync()
    {
        await SayAsync("ask for a joint visit");
        await SayAsync(CaseReference);
        await SayAsync("high");
        Guid? approvalId = null;
        await Eventually.TrueAsync(() => (approvalId = ApprovalIdOfPostedCard()) is not null, "an approval card was posted");
        return await Eventually.ValueAsync(
            async () => await Approvals.FindAsync(approvalId!.Value, CancellationToken.None) is { } a && a.PostedCards.Any(c => c.RecipientAadObjectId == Manager) ? a : null,
            "the manager's copy of the card was recorded");
    }

    public async Task SayAsync(string text)
    {
        using var response = await Bot.PostAsync(TestActivities.Message(text, Bot.ServiceUrl), Bot.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Presses an Action.Execute button as <paramref name="aadObjectId"/>; returns the invoke response body.</summary>
    public async Task<JsonNode> InvokeAsync(string verb, Guid approvalId, string aadObjectId, string name, string conversationId, JsonObject? inputs = null)
    {
        var data = inputs ?? [];
        data["approvalId"] = approvalId.ToString("D");
        var activity = Activity("invoke", aadObjectId, name, conversationId);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Presses the Action.Submit fallback (older clients) as <paramref name="aadObjectId"/>.</summary>
    public async Task SubmitAsync(string verb, Guid approvalId, string aadObjectId, string name, string conversationId, JsonObject? inputs = null)
    {
        var value = inputs ?? [];
        value["command"] = verb;
        value["approvalId"] = approvalId.ToString("D");
        var activity = Activity("message", aadObjectId, name, conversationId);
        activity["value"] = value;
        using var response = await Bot.PostAsync(activity, Bot.ValidToken());
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The conversation the manager's copy was posted in (their 1:1 chat with the bot).</summary>
    public static string ManagerChat(JointVisitApproval approval) =>
        approval.PostedCards.Single(c => c.RecipientAadObjectId == Manager).Conversation.ConversationId;

    /// <summary>Texts the bot sent into a conversation (proactively or as replies).</summary>
    public IReadOnlyList<string> TextsIn(string conversationId) =>
        [.. Connector.Calls
            .Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", StringComparison.Ordinal))
            .Select(c => c.Body?["text"]?.GetValue<string>())
            .OfType<string>()];

    /// <summary>Cards the bot put (updated) in place, by activity id.</summary>
    public IReadOnlyList<(string Path, JsonNode Card)> CardUpdates() =>
        [.. Connector.Calls
            .Where(c => c.Method == "PUT" && c.Body?["attachments"]?[0]?["content"] is not null)
            .Select(c => (c.Path, c.Body!["attachments"]![0]!["content"]!))];

    public IReadOnlyList<GraphCall> FeedNoticesTo(string aadObjectId) =>
        [.. Graph.CallsTo(GraphRoute.SendActivityNotification).Where(c => c.Path.Contains($"/users/{aadObjectId}/", StringComparison.Ordinal))];

    public IReadOnlyList<GraphCall> MailsAbout() => Graph.CallsTo(GraphRoute.SendMail);

    private Guid? ApprovalIdOfPostedCard()
    {
        var card = Connector.Calls
            .Where(c => c.Method == "POST" && c.Body?["attachments"]?[0]?["content"]?["refresh"] is not null)
            .Select(c => c.Body!["attachments"]![0]!["content"]!)
            .FirstOrDefault();
        return Guid.TryParse(card?["refresh"]?["action"]?["data"]?["approvalId"]?.GetValue<string>(), out var id) ? id : null;
    }

    private JsonObject Activity(string type, string aadObjectId, string name, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = Bot.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "EngagementBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        try
        {
            Directory.Delete(_dialogs, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
