using System.Net;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Domain.Conversations;
using EngagementBot.Graph;
using EngagementBot.Graph.Installation;
using EngagementBot.Host.Flows.Approvals;
using EngagementBot.Host.Outbox;
using Moq;

namespace EngagementBot.Host.Tests.Flows.Approvals;

public sealed class PersonalChatsTests
{
    private static readonly ConversationAddress Via = new(
        "msteams", "https://smba.example/", "a:worker", ConversationKind.Personal, "tenant-1", "28:bot", "EngagementBot", "29:worker", "aad-worker", null, null);

    private static PersonalChats Chats(Mock<IConnectorClient> connector, Mock<ITeamsAppInstaller>? installer = null)
    {
        installer ??= new Mock<ITeamsAppInstaller>();
        return new PersonalChats(Mock.Of<IConversationReferenceStore>(), connector.Object, installer.Object, TimeProvider.System);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public async Task OpenForDeliveryAsync_ConnectorRefusesTheChat_OutboxFailureKeepsWhetherARetryCanHelp(HttpStatusCode status, bool transient)
    {
        var connector = new Mock<IConnectorClient>();
        connector.Setup(c => c.CreateConversationAsync(It.IsAny<string>(), It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConnectorException("no", status, null, transient, TimeSpan.FromSeconds(4)));

        var failure = await Assert.ThrowsAsync<OutboxDeliveryException>(() => Chats(connector).OpenForDeliveryAsync("aad-manager", Via, CancellationToken.None));

        Assert.Equal(transient, failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(4), failure.RetryAfter);
        Assert.StartsWith("creating the chat: connector answered", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenForDeliveryAsync_GraphCannotInstallTheApp_OutboxFailureFromGraphs()
    {
        var installer = new Mock<ITeamsAppInstaller>();
        installer.Setup(i => i.EnsureInstalledForUserAsync("aad-manager", It.IsAny<CancellationToken>()))
            .ThrowsAsync(new GraphDeliveryException("install app: 429", isTransient: true, statusCode: 429, retryAfter: TimeSpan.FromSeconds(9)));

        var failure = await Assert.ThrowsAsync<OutboxDeliveryException>(
            () => Chats(new Mock<IConnectorClient>(MockBehavior.Strict), installer).OpenForDeliveryAsync("aad-manager", Via, CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(9), failure.RetryAfter);
    }

    [Fact]
    public async Task OpenForDeliveryAsync_ConversationWithoutTenant_PermanentFailure()
    {
        var failure = await Assert.ThrowsAsync<OutboxDeliveryException>(
            () => Chats(new Mock<IConnectorClient>(MockBehavior.Strict)).OpenForDeliveryAsync("aad-manager", Via with { TenantId = null }, CancellationToken.None));

        Assert.False(failure.IsTransient);
    }
}
