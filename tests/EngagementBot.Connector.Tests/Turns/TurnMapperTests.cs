using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Tests.TestSupport;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Connector.Tests.Turns;

public sealed class TurnMapperTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 1, TimeSpan.Zero);

    [Fact]
    public void ToTurnInput_ChannelMessageMentioningBot_IsMessageWithOwnMentionRemoved()
    {
        var turn = Map(SampleActivities.TeamsChannelMessage);

        Assert.NotNull(turn);
        Assert.Equal(TurnKind.Message, turn.Kind);
        Assert.Equal("plan a visit with <at>Sam Manager</at>", turn.Text);
        Assert.Equal("1710000000001", turn.ActivityId);
        Assert.Equal(new UserRef("29:1abcUser", "aad-user-1", "Alex Worker"), turn.From);
        Assert.Equal("en-GB", turn.Locale);
        Assert.Equal(ReceivedAt, turn.ReceivedAt);
        Assert.Equal(ConversationKind.Channel, turn.Conversation.Kind);
    }

    [Fact]
    public void ToTurnInput_PlaygroundPersonalMessage_IsMessage()
    {
        var turn = Map(SampleActivities.PlaygroundPersonalMessage);

        Assert.Equal(TurnKind.Message, turn!.Kind);
        Assert.Equal("hello", turn.Text);
        Assert.Equal("user-id-0", turn.From.Id);
    }

    [Fact]
    public void ToTurnInput_MessageWithValueAndNoText_IsCardSubmitWithDataAndCardId()
    {
        var turn = Map(Activity("""
            "type": "message", "id": "m2", "replyToId": "card-activity-1",
            "value": { "action": "approve", "reason": "ok" }
            """));

        Assert.Equal(TurnKind.CardSubmit, turn!.Kind);
        Assert.Null(turn.Text);
        Assert.Equal("approve", turn.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("card-activity-1", turn.ReplyToId);
    }

    [Fact]
    public void ToTurnInput_AdaptiveCardActionInvoke_IsCardActionWithVerbAndData()
    {
        var turn = Map(Activity("""
            "type": "invoke", "name": "adaptiveCard/action", "id": "i1", "replyToId": "card-activity-2",
            "value": { "action": { "type": "Action.Execute", "verb": "approveVisit", "data": { "planId": "p-7" } }, "trigger": "manual" }
            """));

        Assert.Equal(TurnKind.CardAction, turn!.Kind);
        Assert.Equal("approveVisit", turn.Text);
        Assert.Equal("p-7", turn.Value!.Value.GetProperty("planId").GetString());
        Assert.Equal("card-activity-2", turn.ReplyToId);
    }

    [Fact]
    public void ToTurnInput_ConversationUpdateAddingBot_IsInstalled()
    {
        var turn = Map(Activity($$"""
            "type": "conversationUpdate",
            "membersAdded": [ { "id": "29:1someone" }, { "id": "{{SampleActivities.TeamsBotId}}" } ]
            """));

        Assert.Equal(TurnKind.Installed, turn!.Kind);
    }

    [Fact]
    public void ToTurnInput_ConversationUpdateAddingOnlyUsers_IsNotATurn()
    {
        Assert.Null(Map(Activity("""
            "type": "conversationUpdate", "membersAdded": [ { "id": "29:1someone" } ]
            """)));
    }

    [Theory]
    [InlineData("add")]
    [InlineData("remove")]
    public void ToTurnInput_InstallationUpdate_IsNotATurnSoTheWelcomeComesOnce(string action)
    {
        var turn = Map(Activity($"""
            "type": "installationUpdate", "action": "{action}"
            """));

        Assert.Null(turn);
    }

    [Theory]
    [InlineData("\"type\": \"typing\"")]
    [InlineData("\"type\": \"messageReaction\"")]
    [InlineData("\"type\": \"invoke\", \"name\": \"signin/verifyState\", \"value\": {}")]
    [InlineData("\"type\": \"message\", \"attachments\": [ { \"contentType\": \"image/png\" } ]")]
    [InlineData("\"type\": \"message\", \"text\": \"   \"")]
    public void ToTurnInput_OtherActivities_AreNotTurns(string fields)
    {
        Assert.Null(Map(Activity(fields)));
    }

    [Fact]
    public void ToTurnInput_MessageWithoutSender_IsNotATurn()
    {
        var turn = Map("""
            { "type": "message", "text": "hi", "channelId": "msteams", "serviceUrl": "https://svc/",
              "conversation": { "id": "c1" }, "recipient": { "id": "bot" } }
            """);

        Assert.Null(turn);
    }

    [Fact]
    public void ToTurnInput_OnlyTheBotMentioned_IsMessageWithEmptyText()
    {
        var turn = Map(Activity($$"""
            "type": "message", "text": "<at>EngagementBot</at> ",
            "entities": [ { "type": "mention", "text": "<at>EngagementBot</at>", "mentioned": { "id": "{{SampleActivities.TeamsBotId}}" } } ]
            """));

        Assert.Equal(TurnKind.Message, turn!.Kind);
        Assert.Equal(string.Empty, turn.Text);
    }

    private static TurnInput? Map(string json) =>
        TurnMapper.ToTurnInput(ActivityParser.Parse(json).Activity!, ReceivedAt);

    /// <summary>An activity in a Teams personal chat with the given extra fields.</summary>
    private static string Activity(string fields) => $$"""
        {
          {{fields}},
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abcUser", "aadObjectId": "aad-user-1" },
          "recipient": { "id": "{{SampleActivities.TeamsBotId}}", "name": "EngagementBot" },
          "conversation": { "id": "a:1personal", "conversationType": "personal", "tenantId": "tenant-1" }
        }
        """;
}
