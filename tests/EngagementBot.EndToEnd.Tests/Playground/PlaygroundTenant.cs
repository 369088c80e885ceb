using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground's whole mock tenant as a test sees it, beyond the current user's personal chat
/// (<see cref="PlaygroundTarget"/>): every message the bot posts or updates anywhere, read from the
/// Playground's log stream (<c>/_ws/log/stream</c>, the only place a manager's 1:1 chat shows);
/// other people pressing card buttons, sent as the Playground's custom activities
/// (<c>POST /_internal/v1/customActivities</c>, delivered to the bot as they are); and the current
/// user @mentioning the bot in a team channel, through the API the Playground's web UI uses.
/// </summary>
public sealed class PlaygroundTenant : IAsyncDisposable
{
    private const string Playground = "Microsoft 365 Agents Playground";
    private const string Bot = "User Application";

    private readonly HttpClient _http;
    private readonly PlaygroundSocket _log;
    private readonly string _serviceUrl;

    private PlaygroundTenant(HttpClient http, PlaygroundSocket log, string serviceUrl)
    {
        _http = http;
        _log = log;
        _serviceUrl = serviceUrl;
    }

    public static async Task<PlaygroundTenant> ConnectAsync(Uri playground, CancellationToken cancellationToken = default)
    {
        var http = new HttpClient { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };
        var log = await PlaygroundSocket.ConnectAsync(new Uri(new UriBuilder(playground) { Scheme = "ws" }.Uri, "_ws/log/stream"), cancellationToken);
        // What the Playground itself puts in the activities it sends (the bot answers on this URL).
        return new PlaygroundTenant(http, log, $"http://localhost:{playground.Port}/_connector");
    }

    /// <summary>
    /// Every message the bot has posted or updated so far, in the order the Playground logged them:
    /// messages to a conversation, and the first message of a conversation the bot created with one
    /// (a channel thread).
    /// </summary>
    public IReadOnlyList<PlaygroundMessage> BotMessages() =>
        [.. Entries().Where(l => Text(l, "from") == Bot && Text(l, "to") == Playground).Select(ToMessage).OfType<PlaygroundMessage>()];

    /// <summary>
    /// The first message (new or updated) the bot posted after <paramref name="since"/> (Unix ms)
    /// that matches; waits up to <paramref name="timeout"/> and fails naming <paramref name="what"/>
    /// and listing what the bot did post.
    /// </summary>
    public async Task<PlaygroundMessage> WaitForAsync(string what, Func<PlaygroundMessage, bool> match, TimeSpan timeout, long since = 0)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = BotMessages().FirstOrDefault(m => m.Timestamp >= since && match(m));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                var posted = string.Join("\n  ", BotMessages().Where(m => m.Timestamp >= since).TakeLast(15));
                throw new TimeoutException($"within {timeout} the bot did not post {what}. It posted:\n  {posted}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// <paramref name="user"/> presses the Action.Execute button titled <paramref name="buttonTitle"/> on a
    /// card the bot sent them, as Teams would send it (an <c>adaptiveCard/action</c> invoke from that
    /// user in that conversation, replying to the card's message), with the card's inputs filled in from
    /// <paramref name="inputs"/> as a client adds them to the action's data. Returns the bot's invoke
    /// response once the Playground has logged it; fails on any HTTP status but 200.
    /// </summary>
    public async Task<JsonObject> PressAsync(PlaygroundUser user, PlaygroundMessage message, string buttonTitle, IReadOnlyDictionary<string, string>? inputs = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(message);
        var button = Objects(message.Card).FirstOrDefault(o => Text(o, "type") == "Action.Execute" && Text(o, "title") == buttonTitle)
            ?? throw new InvalidOperationException($"the card has no Action.Execute titled '{buttonTitle}': {message}");
        var data = button["data"]?.DeepClone() as JsonObject ?? [];
        var inputIds = Objects(message.Card).Where(o => Text(o, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true).Select(o => Text(o, "id")).ToHashSet(StringComparer.Ordinal);
        foreach (var (input, value) in inputs ?? new Dictionary<string, string>())
        {
            data[inputIds.Contains(input) ? input : throw new InvalidOperationException($"the card has no input '{input}': {message}")] = value;
        }

        var id = Guid.NewGuid().ToString();
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = _serviceUrl,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["from"] = new JsonObject { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = PlaygroundCast.BotId, ["name"] = PlaygroundCast.BotName },
            ["conversation"] = new JsonObject { ["id"] = message.ConversationId, ["conversationType"] = "personal", ["tenantId"] = PlaygroundCast.TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = PlaygroundCast.TenantId } },
            ["replyToId"] = message.MessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = button["verb"]?.DeepClone(), ["data"] = data },
            },
        };
        using var response = await _http.PostAsJsonAsync("_internal/v1/customActivities", activity, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the Playground refused the custom activity ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var answer = await AnswerToAsync(id, cancellationToken);
        return answer["body"] as JsonObject ?? throw new InvalidOperationException("the bot answered the invoke with no body");
    }

    /// <summary>
    /// The current user @mentions the bot in a team channel (a new post, as the Playground's web UI
    /// sends it) and gets the bot's reply in that post's thread.
    /// </summary>
    public async Task<PlaygroundMessage> MentionInChannelAsync(string channelId, string text, CancellationToken cancellationToken = default)
    {
        var mention = $"<at>{PlaygroundCast.BotName}</at>";
        var since = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using var response = await _http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(channelId)}/messages",
            new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = PlaygroundCast.Alex.Id },
                ["text"] = $"{mention} {text}",
                ["textFormat"] = "plain",
                ["mentions"] = new JsonArray(new JsonObject
                {
                    ["mentioned"] = new JsonObject { ["id"] = PlaygroundCast.BotId, ["name"] = PlaygroundCast.BotName },
                    ["text"] = mention,
                }),
            },
            cancellationToken);
        var posted = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        var thread = Text(posted, "postConversationId") ?? throw new InvalidOperationException($"the Playground did not open a channel post: {posted?.ToJsonString()}");
        return await WaitForAsync($"a reply in channel thread {thread}", m => m.IsIn(thread) && m.ReplyToId is not null, TimeSpan.FromSeconds(30), since);
    }

    private async Task<JsonObject> AnswerToAsync(string activityId, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var entry = Entries().FirstOrDefault(l => Text(l, "from") == Playground && Text(l, "to") == Bot && Text(l, "messageId") == activityId);
            if (entry?["response"] is JsonObject response)
            {
                var status = response["statusCode"]?.GetValue<int>();
                return status == 200
                    ? response
                    : throw new InvalidOperationException($"the bot answered with HTTP {status}: {response.ToJsonString()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the bot did not answer the custom activity within 30 s (the Playground logged no answer)");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private IEnumerable<JsonObject> Entries() => _log.Events().Select(e => e["log"]).OfType<JsonObject>();

    private static PlaygroundMessage? ToMessage(JsonObject entry)
    {
        var created = Text(entry, "activityName") == "createConversation";
        var body = created ? entry["request"]?["body"]?["activity"] : entry["request"]?["body"];
        if (Text(body, "type") != "message")
        {
            return null;
        }

        var card = body!["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0]!["content"] as JsonObject : null;
        var answer = entry["response"]?["body"];
        return new PlaygroundMessage(
            (created ? Text(answer, "id") : Text(entry, "conversationId")) ?? string.Empty,
            (created ? Text(answer, "activityId") : Text(entry, "messageId")) ?? string.Empty,
            IsUpdate: !created && Text(body, "id") is not null,
            Text(body, "replyToId"),
            Text(body["recipient"], "aadObjectId"),
            Text(body, "text") ?? string.Empty,
            card,
            entry["timestamp"]?.GetValue<long>() ?? 0);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Objects(p.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    private static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public async ValueTask DisposeAsync()
    {
        await _log.DisposeAsync();
        _http.Dispose();
    }
}
