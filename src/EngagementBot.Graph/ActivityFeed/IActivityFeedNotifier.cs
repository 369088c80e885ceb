namespace EngagementBot.Graph.ActivityFeed;

/// <summary>Teams activity-feed notifications through Graph (<c>POST /users/{id}/teamwork/sendActivityNotification</c>).</summary>
public interface IActivityFeedNotifier
{
    /// <summary>
    /// Sends the notice. Our app must be installed for the recipient (see
    /// <c>ITeamsAppInstaller</c>). A notice missing a template parameter its activity type needs
    /// fails before any call, as a non-transient <see cref="GraphDeliveryException"/>.
    /// </summary>
    Task NotifyAsync(string userAadObjectId, ActivityFeedNotice notice, CancellationToken cancellationToken);
}
