using EngagementBot.Graph.ActivityFeed;
using EngagementBot.Graph.Installation;
using EngagementBot.Graph.Mail;
using EngagementBot.Graph.Managers;

namespace EngagementBot.Graph.NotConfigured;

/// <summary>
/// Stands in for every Graph service while <c>Graph:Enabled</c> is false: each call fails,
/// non-transiently, saying why, so the outbox marks the delivery failed instead of pretending
/// it was sent.
/// </summary>
internal sealed class GraphNotConfigured : IManagerDirectory, ITeamsAppInstaller, IActivityFeedNotifier, IMailNotifier
{
    public const string Reason = "Microsoft Graph is not configured (Graph:Enabled is false)";

    public Task<DirectoryUser?> FindLineManagerAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        throw Fail("get line manager");

    public Task<ApproverSet> ResolveApproversAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        throw Fail("resolve approvers");

    public Task<TeamsAppInstallOutcome> EnsureInstalledForUserAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        throw Fail("install Teams app");

    public Task NotifyAsync(string userAadObjectId, ActivityFeedNotice notice, CancellationToken cancellationToken) =>
        throw Fail("send activity notification");

    public Task SendAsync(string userAadObjectId, MailNotice notice, CancellationToken cancellationToken) =>
        throw Fail("send mail");

    private static GraphDeliveryException Fail(string operation) => new($"{operation}: {Reason}", isTransient: false);
}
