using System.Text.Json;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Turns;

namespace EngagementBot.Connector.Tests.Turns;

public sealed class MentionStripperTests
{
    private const string BotId = "28:bot";

    [Fact]
    public void StripBotMention_OwnMention_IsRemovedAndTrimmed()
    {
        var text = MentionStripper.StripBotMention("<at>Bot</at> help", [Mention(BotId, "<at>Bot</at>")], BotId);

        Assert.Equal("help", text);
    }

    [Fact]
    public void StripBotMention_OtherPeoplesMentions_AreKept()
    {
        var entities = new[] { Mention(BotId, "<at>Bot</at>"), Mention("29:sam", "<at>Sam</at>") };

        var text = MentionStripper.StripBotMention("<at>Bot</at> tell <at>Sam</at> I'm late", entities, BotId);

        Assert.Equal("tell <at>Sam</at> I'm late", text);
    }

    [Fact]
    public void StripBotMention_MentionOfAnotherBotOnly_LeavesTextAlone()
    {
        var text = MentionStripper.StripBotMention(" <at>Other</at> hi ", [Mention("28:other", "<at>Other</at>")], BotId);

        Assert.Equal("<at>Other</at> hi", text);
    }

    [Fact]
    public void StripBotMention_NoEntities_OnlyTrims()
    {
        Assert.Equal("<at>Bot</at> hi", MentionStripper.StripBotMention(" <at>Bot</at> hi", null, BotId));
    }

    [Fact]
    public void StripBotMention_NonMentionEntityWithSameId_IsIgnored()
    {
        var entity = new Entity
        {
            Type = "clientInfo",
            ExtensionData = new()
            {
                ["mentioned"] = JsonSerializer.SerializeToElement(new { id = BotId }),
                ["text"] = JsonSerializer.SerializeToElement("hi"),
            },
        };

        Assert.Equal("hi there", MentionStripper.StripBotMention("hi there", [entity], BotId));
    }

    private static Entity Mention(string id, string text) => new()
    {
        Type = "mention",
        ExtensionData = new()
        {
            ["text"] = JsonSerializer.SerializeToElement(text),
            ["mentioned"] = JsonSerializer.SerializeToElement(new { id, name = "n" }),
        },
    };
}
