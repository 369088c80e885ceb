using System.Text.Json.Serialization;

namespace EngagementBot.Graph.ActivityFeed;

/// <summary>
/// The activity types declared in the Teams app manifest (<c>activities.activityTypes</c>);
/// <see cref="FeedActivityTypes"/> holds their wire names and template parameters.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedActivityType>))]
public enum FeedActivityType
{
    JointVisitApproval,
    JointVisitDecision,
    OverdueVisitAlert,
    HelpRequested,
    IncidentReported,
    EscalationDecision,
}
