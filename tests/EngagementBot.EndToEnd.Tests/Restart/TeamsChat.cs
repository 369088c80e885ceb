using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EngagementBot.Testing.Fakes;

namespace EngagementBot.EndToEnd.Tests.Restart;

/// <summary>
/// One user's 1:1 Teams chat with a bot process, played by the test: each message is posted to
/// the bot's <c>/api/messages</c> as Teams would (development authentication, so no token), with
/// the <see cref="FakeConnector"/> as its serviceUrl, and the bot's replies are read from the
/// connector. The bot answers before it completes the HTTP request, so the replies are there when
/// the post returns. The chat outlives the bot: post to whichever process is running now.
/// </summary>
public sealed class TeamsChat(FakeConnector connector)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public string ConversationId { get; } = "a:restart-" + Guid.NewGuid().ToString("N");

    /// <summary>Posts <paramref name="text"/> to <paramref name="messagesEndpoint"/> and returns the bot's replies: texts, or card JSON.</summary>
    public async Task<IReadOnlyList<string>> SayAsync(Uri messagesEndpoint, string text)
    {
        var before = connector.Calls.Count;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl.ToString(),
            ["from"] = new JsonObject { ["id"] = "29:restart-user", ["aadObjectId"] = "aad-restart-user", ["name"] = "Test User" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot-app-id", ["name"] = "EngagementBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "en-GB",
            ["text"] = text,
        };

        using var response = await Http.PostAsJsonAsync(messagesEndpoint, activity);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"the bot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return [.. connector.Calls.Skip(before)
            .Where(call => call.Method == "POST" && call.Body is not null)
            .Select(call => call.Body!["text"]?.GetValue<string>() ?? call.Body!["attachments"]![0]!["content"]!.ToJsonString())];
    }
}
