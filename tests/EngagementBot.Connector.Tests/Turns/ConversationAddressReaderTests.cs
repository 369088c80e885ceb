using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Tests.TestSupport;
using EngagementBot.Connector.Turns;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Connector.Tests.Turns;

public sealed class ConversationAddressReaderTests
{
    [Fact]
    public void Read_TeamsChannelActivity_TakesTenantTeamAndChannelFromChannelData()
    {
        var address = ConversationAddressReader.Read(ActivityParser.Parse(SampleActivities.TeamsChannelMessage).Activity!);

        Assert.Equal(
            new ConversationAddress(
                ChannelId: "msteams",
                ServiceUrl: "https://smba.trafficmanager.net/emea/",
                ConversationId: "19:abc123@thread.tacv2;messageid=1710000000000",
                Kind: ConversationKind.Channel,
                TenantId: "tenant-1",
                BotId: SampleActivities.TeamsBotId,
                BotName: "EngagementBot",
                UserId: "29:1abcUser",
                UserAadObjectId: "aad-user-1",
                TeamId: "19:team@thread.tacv2",
                TeamsChannelId: "19:abc123@thread.tacv2"),
            address);
    }

    [Fact]
    public void Read_PlaygroundPersonalActivity_KeepsIdsAsTheyAre()
    {
        var address = ConversationAddressReader.Read(ActivityParser.Parse(SampleActivities.PlaygroundPersonalMessage).Activity!);

        Assert.NotNull(address);
        Assert.Equal(ConversationKind.Personal, address.Kind);
        Assert.Equal("http://localhost:56150/_connector", address.ServiceUrl);
        Assert.Equal("personal-chat-id", address.ConversationId);
        Assert.Equal("user-id-0", address.UserId);
        Assert.Equal("00000000-0000-0000-0000-0000000000020", address.UserAadObjectId);
        Assert.Equal("00000000-0000-0000-0000-00000000000011", address.BotId);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", address.TenantId);
        Assert.Null(address.TeamId);
        Assert.Null(address.TeamsChannelId);
        Assert.Equal("msteams|personal-chat-id", address.Key);
    }

    [Theory]
    [InlineData("groupChat", ConversationKind.GroupChat)]
    [InlineData("GROUPCHAT", ConversationKind.GroupChat)]
    [InlineData("channel", ConversationKind.Channel)]
    [InlineData("personal", ConversationKind.Personal)]
    [InlineData(null, ConversationKind.Personal)]
    [InlineData("somethingNew", ConversationKind.Personal)]
    public void ReadKind_ConversationType_MapsToKind(string? conversationType, ConversationKind expected)
    {
        Assert.Equal(expected, ConversationAddressReader.ReadKind(conversationType));
    }

    [Fact]
    public void Read_NoChannelDataTenant_FallsBackToConversationTenant()
    {
        var activity = new Activity
        {
            ChannelId = "msteams",
            ServiceUrl = "https://svc/",
            Conversation = new ConversationAccount { Id = "c1", TenantId = "tenant-conv" },
            Recipient = new ChannelAccount { Id = "bot" },
            ChannelData = TestJson.Parse("""{ "tenant": "not-an-object" }"""),
        };

        Assert.Equal("tenant-conv", ConversationAddressReader.Read(activity)!.TenantId);
    }

    [Fact]
    public void Read_WithoutRecipient_ReturnsNull()
    {
        var activity = new Activity { ChannelId = "msteams", ServiceUrl = "https://svc/", Conversation = new ConversationAccount { Id = "c1" } };

        Assert.Null(ConversationAddressReader.Read(activity));
    }
}
