using EngagementBot.Domain.Outbox;
using EngagementBot.Graph;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Outbox;
using EngagementBot.Host.Outbox;
using Moq;

namespace EngagementBot.Host.Tests.Outbox;

public sealed class GraphOutboxSendersTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendAsync_GraphFails_OutboxFailureKeepsTransienceAndRetryAfter(bool transient)
    {
        var mailer = new Mock<IMailNotifier>();
        mailer.Setup(m => m.SendAsync("aad-1", It.IsAny<MailNotice>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new GraphDeliveryException("send mail: Graph answered 429", transient, 429, TimeSpan.FromSeconds(7)));
        var payload = """{"recipientAadObjectId":"aad-1","notice":{"subject":"s","body":"b"}}""";
        var message = new OutboxMessage(Guid.NewGuid(), GraphOutboxKinds.Mail, payload, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, OutboxStatus.Pending, null, null);

        var error = await Assert.ThrowsAsync<OutboxDeliveryException>(() => new GraphMailSender(mailer.Object).SendAsync(message, CancellationToken.None));

        Assert.Equal(transient, error.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal("send mail: Graph answered 429", error.Message);
    }

    [Fact]
    public async Task SendAsync_UnreadablePayload_FailsForGood()
    {
        var message = new OutboxMessage(Guid.NewGuid(), GraphOutboxKinds.Mail, "not json", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, OutboxStatus.Pending, null, null);

        var error = await Assert.ThrowsAsync<OutboxDeliveryException>(() => new GraphMailSender(Mock.Of<IMailNotifier>()).SendAsync(message, CancellationToken.None));

        Assert.False(error.IsTransient);
    }
}
