using System.Text.Json.Nodes;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>Activities shaped like the ones Teams sends, as JSON.</summary>
public static class TestActivities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";
    public const string UserAadObjectId = "aad-user-1";

    public static JsonObject Message(string text, string serviceUrl, string? id = null, string conversationId = "a:personal-1") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Test User", ["aadObjectId"] = UserAadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "EngagementBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "en-GB",
        ["text"] = text,
        ["someFutureField"] = new JsonObject { ["kept"] = true },
    };

    public static JsonObject ChannelMention(string textAfterMention, string serviceUrl) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Test User", ["aadObjectId"] = UserAadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "EngagementBot" },
        ["conversation"] = new JsonObject { ["id"] = "19:channel@thread.tacv2;messageid=1", ["conversationType"] = "channel", ["isGroup"] = true },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = "19:channel@thread.tacv2" },
        },
        ["text"] = "<at>EngagementBot</at> " + textAfterMention,
        ["entities"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>EngagementBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "EngagementBot" },
            },
        },
    };

    public static JsonObject Installed(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "EngagementBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["membersAdded"] = new JsonArray { new JsonObject { ["id"] = BotId } },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    public static JsonObject CardAction(string verb, string serviceUrl) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserAadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "EngagementBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-1", ["conversationType"] = "personal" },
        ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject() } },
    };
}
