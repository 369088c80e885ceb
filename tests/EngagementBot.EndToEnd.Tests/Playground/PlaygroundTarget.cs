using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngagementBot.Domain.Turns;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// A transcript target that is the Agents Playground's own user, through the HTTP + websocket API
/// its web UI uses (no browser): typed messages go to
/// <c>POST /_conversation/v1/conversations/{personal chat}/messages</c>, card presses to
/// <c>POST /_conversation/v1/submit</c> (as a reply to the latest card unless the turn names one),
/// and replies are the bot messages the Playground pushes on
/// <c>/_ws_conversation/v1/conversations/stream</c> (<c>createMessage</c>). Both POSTs return before
/// the bot is asked, so a turn ends when the Playground's log stream (<c>/_ws/log/stream</c>)
/// records the bot's HTTP answer to it; the replies are the messages the log shows the bot sent in
/// reply to that activity. The turns' own user and conversation are ignored: the Playground has its
/// own (the current user in the personal chat).
/// </summary>
public sealed class PlaygroundTarget : ITranscriptTarget, IAsyncDisposable
{
    private const string Playground = "Microsoft 365 Agents Playground";
    private const string Bot = "User Application";

    private readonly HttpClient _http;
    private readonly PlaygroundSocket _conversations;
    private readonly PlaygroundSocket _log;
    private readonly HashSet<string> _turnsSeen = new(StringComparer.Ordinal);

    private PlaygroundTarget(HttpClient http, PlaygroundSocket conversations, PlaygroundSocket log, string conversationId, string userId)
    {
        _http = http;
        _conversations = conversations;
        _log = log;
        ConversationId = conversationId;
        UserId = userId;
    }

    public string ConversationId { get; }

    public string UserId { get; }

    /// <summary>The Playground's id of the latest card the bot sent: what a press replies to.</summary>
    public string? LastCardMessageId { get; private set; }

    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static async Task<PlaygroundTarget> ConnectAsync(Uri playground, CancellationToken cancellationToken = default)
    {
        var http = new HttpClient { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };
        var config = (await http.GetFromJsonAsync<JsonNode>("_internal/v1/config", cancellationToken))!["config"]!;
        var sockets = new UriBuilder(playground) { Scheme = "ws" }.Uri;
        var conversations = await PlaygroundSocket.ConnectAsync(new Uri(sockets, "_ws_conversation/v1/conversations/stream"), cancellationToken);
        var log = await PlaygroundSocket.ConnectAsync(new Uri(sockets, "_ws/log/stream"), cancellationToken);
        return new PlaygroundTarget(http, conversations, log, config["personalChat"]!["id"]!.GetValue<string>(), config["currentUser"]!["id"]!.GetValue<string>());
    }

    public async Task<IReadOnlyList<BotReply>> SendAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var from = new JsonObject { ["id"] = UserId };
        using var response = input.Kind switch
        {
            TurnKind.Message => await _http.PostAsJsonAsync(
                $"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages",
                new JsonObject { ["from"] = from, ["text"] = input.Text, ["textFormat"] = "plain" },
                cancellationToken),
            TurnKind.CardSubmit => await _http.PostAsJsonAsync(
                "_conversation/v1/submit",
                new JsonObject
                {
                    ["conversation"] = new JsonObject { ["id"] = ConversationId },
                    ["from"] = from,
                    ["replyToId"] = input.ReplyToId ?? LastCardMessageId ?? throw new InvalidOperationException("no card to press: the bot has not sent one"),
                    ["value"] = input.Value is { } value ? JsonNode.Parse(value.GetRawText()) : new JsonObject(),
                },
                cancellationToken),
            _ => throw new NotSupportedException($"{input.Kind} turns are not sent through the Playground API by this target"),
        };
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the Playground refused the turn ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        var replyIds = await WaitForTurnAsync(sentAt, cancellationToken);
        return await RepliesAsync(replyIds, cancellationToken);
    }

    /// <summary>Waits for the log entry of the bot's HTTP answer to the activity this turn sent; returns the ids of the messages it sent in reply.</summary>
    private async Task<IReadOnlyList<string>> WaitForTurnAsync(long sentAt, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TurnTimeout;
        while (true)
        {
            var entries = _log.Events().Select(e => e["log"]).OfType<JsonObject>().Where(l => Text(l, "conversationId") == ConversationId).ToList();
            var turn = entries.FirstOrDefault(l =>
                Text(l, "from") == Playground && Text(l, "to") == Bot
                && l["timestamp"]?.GetValue<long>() >= sentAt
                && !_turnsSeen.Contains(Text(l, "messageId") ?? string.Empty));
            if (turn is not null)
            {
                var activityId = Text(turn, "messageId")!;
                _turnsSeen.Add(activityId);
                var status = turn["response"]?["statusCode"]?.GetValue<int>();
                if (status != 200)
                {
                    throw new InvalidOperationException($"the bot answered the Playground's activity with HTTP {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}");
                }

                return [.. entries
                    .Where(l => Text(l, "from") == Bot && Text(l, "to") == Playground && l["request"]?["body"]?["replyToId"]?.GetValue<string>() == activityId)
                    .Select(l => l["response"]?["body"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException("the Playground did not accept a reply of the bot"))];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the bot did not answer within {TurnTimeout} (the Playground logged no HTTP answer)");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>The messages with these ids as the Playground pushed them to its chat, in order.</summary>
    private async Task<IReadOnlyList<BotReply>> RepliesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TurnTimeout;
        while (true)
        {
            var created = _conversations.Events()
                .Where(e => Text(e, "action") == "createMessage" && Text(e, "actionConversationId") == ConversationId)
                .Select(e => e["message"]).OfType<JsonObject>()
                .Where(m => Text(m, "messageId") is { } id && ids.Contains(id))
                .ToDictionary(m => Text(m, "messageId")!, StringComparer.Ordinal);
            if (created.Count == ids.Count)
            {
                return [.. ids.Select(id => ToReply(id, created[id]))];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the Playground's chat showed {created.Count} of the bot's {ids.Count} replies");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private BotReply ToReply(string id, JsonObject message)
    {
        if (message["attachments"] is JsonArray { Count: > 0 } attachments)
        {
            LastCardMessageId = id;
            return BotReply.FromCard(attachments[0]!["content"]!.ToJsonString());
        }

        return BotReply.FromText(Text(message, "text") ?? string.Empty);
    }

    private static string? Text(JsonNode? node, string property) =>
        node?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public async ValueTask DisposeAsync()
    {
        await _conversations.DisposeAsync();
        await _log.DisposeAsync();
        _http.Dispose();
    }
}
