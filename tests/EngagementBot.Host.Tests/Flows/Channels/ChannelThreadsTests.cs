using System.Net;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Domain.Conversations;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;
using Moq;

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

    private static readonly ConversationAddress Stored = new(
        "msteams", "https://smba.example/", "19:north@thread.tacv2;messageid=17", ConversationKind.Channel, "tenant-1", "28:bot", "EngagementBot",
        "29:admin", "aad-admin", "19:team@thread.tacv2", "19:north@thread.tacv2");

    [Theory]
    [InlineData("activity-9", "activity-9")]
    [InlineData(null, "42")]
    public async Task OpenAsync_ConnectorCreatesTheThread_ReturnsItsAddressAndRootActivity(string? activityId, string expectedRoot)
    {
        var connector = new Mock<IConnectorClient>(MockBehavior.Strict);
        ConversationParameters? sent = null;
        connector.Setup(c => c.CreateConversationAsync("https://smba.example/", It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .Callback<string, ConversationParameters, CancellationToken>((_, p, _) => sent = p)
            .ReturnsAsync(new ConversationResourceResponse("19:north@thread.tacv2;messageid=42", activityId, "https://smba.other/"));
        var threads = new ChannelThreads(Mock.Of<IConversationReferenceStore>(), connector.Object);

        var opened = await threads.OpenAsync(Stored, "19:north@thread.tacv2", """{"type":"AdaptiveCard","version":"1.5"}""", CancellationToken.None);

        Assert.Equal(expectedRoot, opened.RootActivityId);
        Assert.Equal(("19:north@thread.tacv2;messageid=42", "https://smba.other/", (string?)null), (opened.Address.ConversationId, opened.Address.ServiceUrl, opened.Address.UserId));
        Assert.NotNull(sent);
        Assert.Equal("tenant-1", sent!.TenantId);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public async Task OpenAsync_ConnectorFails_OutboxFailureWithTheSameTransience(HttpStatusCode status, bool transient)
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.CreateConversationAsync(It.IsAny<string>(), It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("refused", status, null, transient, TimeSpan.FromSeconds(3)));
        var threads = new ChannelThreads(Mock.Of<IConversationReferenceStore>(), connector.Object);

        var failure = await Assert.ThrowsAsync<OutboxDeliveryException>(() => threads.OpenAsync(Stored, "19:north@thread.tacv2", "{}", CancellationToken.None));

        Assert.Equal(transient, failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(3), failure.RetryAfter);
    }

    [Fact]
    public async Task OpenAsync_NoTenant_PermanentFailureWithoutCallingTheConnector()
    {
        var connector = new Mock<IConnectorClient>(MockBehavior.Strict);
        var threads = new ChannelThreads(Mock.Of<IConversationReferenceStore>(), connector.Object);

        var failure = await Assert.ThrowsAsync<OutboxDeliveryException>(
            () => threads.OpenAsync(Stored with { TenantId = null }, "19:north@thread.tacv2", "{}", CancellationToken.None));

        Assert.False(failure.IsTransient);
    }
}
