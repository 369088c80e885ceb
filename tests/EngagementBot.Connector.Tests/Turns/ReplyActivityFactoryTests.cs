using System.Text.Json;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Serialization;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Connector.Tests.Turns;

public sealed class ReplyActivityFactoryTests
{
    private static readonly ConversationAddress Address = new(
        "msteams", "https://svc/", "19:abc@thread.tacv2", ConversationKind.Channel, "tenant-1",
        "28:bot", "EngagementBot", "29:user", "aad-user", "19:team", "19:abc@thread.tacv2");

    [Fact]
    public void CreateMessage_TextReply_IsMessageFromBotToUserInSameConversation()
    {
        var activity = ReplyActivityFactory.CreateMessage(Address, BotReply.FromText("Noted."), replyToId: "act-1");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Noted.", activity.Text);
        Assert.Null(activity.Attachments);
        Assert.Equal("28:bot", activity.From!.Id);
        Assert.Equal("29:user", activity.Recipient!.Id);
        Assert.Equal("19:abc@thread.tacv2", activity.Conversation!.Id);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.Equal("act-1", activity.ReplyToId);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://svc/", activity.ServiceUrl);
    }

    [Fact]
    public void CreateMessage_CardReply_CarriesAdaptiveCardAttachmentAsJsonObject()
    {
        const string card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Plan"}]}""";

        var activity = ReplyActivityFactory.CreateMessage(Address, BotReply.FromCard(card));

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Null(activity.Text);
        Assert.Null(activity.ReplyToId);
        var json = JsonSerializer.Serialize(activity, ConnectorJsonContext.Default.Activity);
        var content = JsonDocument.Parse(json).RootElement.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal(JsonValueKind.Object, content.ValueKind);
        Assert.Equal("1.5", content.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("text", "{}")]
    public void CreateMessage_NeitherOrBoth_Throws(string? text, string? card)
    {
        Assert.Throws<ArgumentException>(() => ReplyActivityFactory.CreateMessage(Address, new BotReply(text, card)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1]")]
    public void CreateMessage_CardNotAJsonObject_Throws(string card)
    {
        Assert.Throws<ArgumentException>(() => ReplyActivityFactory.CreateMessage(Address, BotReply.FromCard(card)));
    }
}
