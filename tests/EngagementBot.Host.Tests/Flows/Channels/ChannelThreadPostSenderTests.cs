using System.Text.Json;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using EngagementBot.Host.Flows.Channels;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace EngagementBot.Host.Tests.Flows.Channels;

public sealed class ChannelThreadPostSenderTests
{
    private const string Channel = "19:north@thread.tacv2";

    private static readonly ConversationAddress Stored = new(
        "msteams", "https://smba.example/", Channel + ";messageid=1", ConversationKind.Channel, "tenant-1", "28:bot", "EngagementBot",
        "29:admin", "aad-admin", "19:team@thread.tacv2", Channel);

    public sealed record TestPost(string CaseReference, string TeamsChannelId, ConversationRef Via) : IChannelThreadPost
    {
        public static string OutboxKind => "test.channel-post";
    }

    [Fact]
    public void Kind_IsThePostTypesOutboxKind()
    {
        var sender = new ChannelThreadPostSender<TestPost>(Mock.Of<IChannelThreadCard<TestPost>>(), new ChannelThreads(Mock.Of<IConversationReferenceStore>(), Mock.Of<IConnectorClient>()), NullLogger<ChannelThreadPostSender<TestPost>>.Instance);

        Assert.Equal("test.channel-post", sender.Kind);
    }

    [Fact]
    public async Task SendAsync_StoredPost_OpensAThreadInItsChannelWithTheCardRenderedFromThePost()
    {
        var references = new Mock<IConversationReferenceStore>();
        references.Setup(r => r.FindAsync("msteams", Channel + ";messageid=1", It.IsAny<CancellationToken>())).ReturnsAsync(Stored);
        var connector = new Mock<IConnectorClient>();
        ConversationParameters? sent = null;
        connector.Setup(c => c.CreateConversationAsync("https://smba.example/", It.IsAny<ConversationParameters>(), It.IsAny<CancellationToken>()))
            .Callback<string, ConversationParameters, CancellationToken>((_, p, _) => sent = p)
            .ReturnsAsync(new ConversationResourceResponse(Channel + ";messageid=7", "7", null));
        var card = new Mock<IChannelThreadCard<TestPost>>();
        card.Setup(c => c.Render(It.Is<TestPost>(p => p.CaseReference == "SC-0017-3"))).Returns("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"SC-0017-3"}]}""");
        var sender = new ChannelThreadPostSender<TestPost>(card.Object, new ChannelThreads(references.Object, connector.Object), NullLogger<ChannelThreadPostSender<TestPost>>.Instance);
        var payload = JsonSerializer.Serialize(new TestPost("SC-0017-3", Channel, new ConversationRef("msteams", Channel + ";messageid=1")), JsonSerializerOptions.Web);

        await sender.SendAsync(new OutboxMessage(Guid.NewGuid(), TestPost.OutboxKind, payload, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, OutboxStatus.Pending, null, "plan-1"), CancellationToken.None);

        Assert.NotNull(sent);
        Assert.Contains("SC-0017-3", JsonSerializer.Serialize(sent), StringComparison.Ordinal);
        Assert.Contains(Channel, JsonSerializer.Serialize(sent), StringComparison.Ordinal);
    }

    [Fact]
    public void AddChannelThreadPosts_CalledTwice_OneSenderForTheKind()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(Mock.Of<IConversationReferenceStore>()).AddSingleton(Mock.Of<IConnectorClient>());

        services.AddChannelThreadPosts<TestPost, TestCard>().AddChannelThreadPosts<TestPost, TestCard>();

        using var provider = services.BuildServiceProvider();
        Assert.Equal(["test.channel-post"], provider.GetServices<IOutboxSender>().Select(s => s.Kind));
    }

    public sealed class TestCard : IChannelThreadCard<TestPost>
    {
        public string Render(TestPost post) => "{}";
    }
}
