using EngagementBot.Domain.Conversations;
using EngagementBot.Host.Flows.Channels;

namespace EngagementBot.Host.Tests.Flows.Channels;

public class ChannelThreadsTests
{
    [Fact]
    public void RootOf_StoredThreadWithTheLastSpeaker_AddressesTheChannelAndNobodyInIt()
    {
        var stored = new ConversationAddress(
            "msteams", "https://smba.example/", "19:north@thread.tacv2;messageid=17", ConversationKind.Channel, "tenant-1", "28:bot", "EngagementBot",
            "29:admin", "aad-admin", "19:team@thread.tacv2", "19:north@thread.tacv2");

        var root = ChannelThreads.RootOf(stored, "19:north@thread.tacv2");

        Assert.Null(root.UserId);
        Assert.Null(root.UserAadObjectId);
        Assert.Equal("19:north@thread.tacv2", root.ConversationId);
        Assert.Equal(ConversationKind.Channel, root.Kind);
        Assert.Equal(("https://smba.example/", "tenant-1", "28:bot", "19:team@thread.tacv2"), (root.ServiceUrl, root.TenantId, root.BotId, root.TeamId));
    }

    [Fact]
    public void RootOf_WorkersPersonalChat_BecomesTheChannel()
    {
        var personal = new ConversationAddress(
            "msteams", "https://smba.example/", "a:personal-1", ConversationKind.Personal, "tenant-1", "28:bot", "EngagementBot", "29:user-1", "aad-user-1", null, null);

        var root = ChannelThreads.RootOf(personal, "19:north@thread.tacv2");

        Assert.Equal((ConversationKind.Channel, "19:north@thread.tacv2", "19:north@thread.tacv2", (string?)null), (root.Kind, root.ConversationId, root.TeamsChannelId, root.UserId));
    }
}
