using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Mail;

namespace EngagementBot.Graph.NotConfigured;

/// <summary>
/// Stands in for the activity feed and mail while <c>Graph:Enabled</c> is false: each call fails,
/// non-transiently, saying why, so the outbox marks the delivery failed instead of pretending
/// it was sent. (Managers come from configuration then: <see cref="ConfiguredManagerDirectory"/>.)
/// </summary>
internal sealed class GraphNotConfigured : IActivityFeedNotifier, IMailNotifier
{
    public const string Reason = "Microsoft Graph is not configured (Graph:Enabled is false)";

    public Task NotifyAsync(string userAadObjectId, ActivityFeedNotice notice, CancellationToken cancellationToken) =>
        throw Fail("send activity notification");

    public Task SendAsync(string userAadObjectId, MailNotice notice, CancellationToken cancellationToken) =>
        throw Fail("send mail");

    private static GraphDeliveryException Fail(string operation) => new($"{operation}: {Reason}", isTransient: false) { IsSwitchedOff = true };
}
