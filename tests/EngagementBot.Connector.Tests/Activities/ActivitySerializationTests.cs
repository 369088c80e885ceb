using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Serialization;
using EngagementBot.Connector.Tests.TestSupport;

namespace EngagementBot.Connector.Tests.Activities;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Serialize_ParsedActivity_KeepsUnknownTopLevelAndNestedFields()
    {
        const string json = """
            {
              "type": "message",
              "id": "a1",
              "serviceUrl": "https://example.test/",
              "futureTopLevel": { "deep": [1, 2, { "x": true }] },
              "conversation": { "id": "c1", "conversationType": "personal", "unknownConversationField": "kept" },
              "from": { "id": "u1", "role": "user", "userPrincipalName": "alex@example.test" },
              "recipient": { "id": "b1" },
              "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5" }, "attachmentExtra": 7 } ],
              "entities": [ { "type": "mention", "text": "<at>Bot</at>", "mentioned": { "id": "b1", "name": "Bot" } } ],
              "channelData": { "tenant": { "id": "t1" }, "legacy": null },
              "value": { "action": "save", "inputs": { "n": 3 } }
            }
            """;

        var activity = ActivityParser.Parse(json).Activity!;
        var output = JsonNode.Parse(JsonSerializer.Serialize(activity, ConnectorJsonContext.Default.Activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), output), output.ToJsonString());
    }

    [Fact]
    public void Serialize_NewActivity_WritesCamelCaseAndOmitsNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "r1",
            Conversation = new ConversationAccount { Id = "c1", TenantId = "t1" },
            From = new ChannelAccount { Id = "b1", AadObjectId = null },
        };

        var json = JsonSerializer.Serialize(activity, ConnectorJsonContext.Default.Activity);

        Assert.Equal("""{"type":"message","from":{"id":"b1"},"conversation":{"id":"c1","tenantId":"t1"},"replyToId":"r1"}""", json);
    }

    [Fact]
    public void Serialize_Entity_KeepsMentionFieldsInExtensionData()
    {
        var activity = ActivityParser.Parse(SampleActivities.TeamsChannelMessage).Activity!;

        var mention = activity.Entities![0];

        Assert.Equal("mention", mention.Type);
        Assert.Equal("<at>EngagementBot</at>", mention.ExtensionData!["text"].GetString());
        Assert.Equal(SampleActivities.TeamsBotId, mention.ExtensionData["mentioned"].GetProperty("id").GetString());
    }
}
