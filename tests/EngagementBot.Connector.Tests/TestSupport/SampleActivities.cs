namespace EngagementBot.Connector.Tests.TestSupport;

/// <summary>Inbound activities as Teams and the Agents Playground send them.</summary>
public static class SampleActivities
{
    public const string TeamsBotId = "28:11111111-2222-3333-4444-555555555555";

    /// <summary>A Teams channel message @mentioning the bot and a colleague.</summary>
    public const string TeamsChannelMessage = """
        {
          "type": "message",
          "id": "1710000000001",
          "timestamp": "2026-03-02T09:00:00.123Z",
          "localTimestamp": "2026-03-02T09:00:00.123+00:00",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1abcUser", "name": "Alex Worker", "aadObjectId": "aad-user-1" },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "tenant-from-conversation",
            "id": "19:abc123@thread.tacv2;messageid=1710000000000"
          },
          "recipient": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "EngagementBot" },
          "textFormat": "plain",
          "text": "<at>EngagementBot</at> plan a visit with <at>Sam Manager</at>",
          "locale": "en-GB",
          "entities": [
            {
              "type": "mention",
              "text": "<at>EngagementBot</at>",
              "mentioned": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "EngagementBot" }
            },
            {
              "type": "mention",
              "text": "<at>Sam Manager</at>",
              "mentioned": { "id": "29:1samManager", "name": "Sam Manager" }
            },
            { "type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc123@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:abc123@thread.tacv2" },
            "team": { "id": "19:team@thread.tacv2" },
            "tenant": { "id": "tenant-1" }
          }
        }
        """;

    /// <summary>A personal-chat message from the Agents Playground (ids are not Teams-shaped).</summary>
    public const string PlaygroundPersonalMessage = """
        {
          "type": "message",
          "id": "act-42",
          "timestamp": "2026-03-02T09:00:00.000Z",
          "serviceUrl": "http://localhost:56150/_connector",
          "channelId": "msteams",
          "from": { "id": "user-id-0", "name": "Alex Wilber", "aadObjectId": "00000000-0000-0000-0000-0000000000020" },
          "conversation": { "id": "personal-chat-id", "conversationType": "personal", "tenantId": "00000000-0000-0000-0000-0000000000001" },
          "recipient": { "id": "00000000-0000-0000-0000-00000000000011", "name": "Test Bot" },
          "text": "hello",
          "locale": "en-US",
          "channelData": { "tenant": { "id": "00000000-0000-0000-0000-0000000000001" } }
        }
        """;
}
