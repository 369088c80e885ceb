namespace EngagementBot.Graph.ActivityFeed;

/// <summary>
/// Wire name and required template parameters of each <see cref="FeedActivityType"/>, exactly as
/// in <c>manifest/manifest.template.json</c> (a test keeps the two in step). <c>{actor}</c> is
/// not ours to send: Teams fills it with the caller, which for application calls is the app.
/// </summary>
public static class FeedActivityTypes
{
    private static readonly Dictionary<FeedActivityType, (string Name, string[] Parameters)> Table = new()
    {
        [FeedActivityType.JointVisitApproval] = ("jointVisitApproval", [FeedTemplateParameters.CaseReferenceName]),
        [FeedActivityType.JointVisitDecision] = ("jointVisitDecision", [FeedTemplateParameters.DecisionName, FeedTemplateParameters.CaseReferenceName]),
        [FeedActivityType.OverdueVisitAlert] = ("overdueVisitAlert", [FeedTemplateParameters.WorkerName, FeedTemplateParameters.MinutesOverdueName, FeedTemplateParameters.CaseReferenceName]),
        [FeedActivityType.HelpRequested] = ("helpRequested", [FeedTemplateParameters.WorkerName, FeedTemplateParameters.CaseReferenceName]),
        [FeedActivityType.IncidentReported] = ("incidentReported", [FeedTemplateParameters.WorkerName, FeedTemplateParameters.CaseReferenceName]),
        [FeedActivityType.EscalationDecision] = ("escalationDecision", [FeedTemplateParameters.CaseReferenceName]),
    };

    /// <summary>The manifest's <c>type</c> value, e.g. <c>overdueVisitAlert</c>.</summary>
    public static string WireName(FeedActivityType type) =>
        Table.TryGetValue(type, out var entry) ? entry.Name : throw new ArgumentOutOfRangeException(nameof(type), type, "unknown activity type");

    /// <summary>The template parameters the manifest's <c>templateText</c> uses, <c>{actor}</c> excepted.</summary>
    public static IReadOnlyList<string> RequiredParameters(FeedActivityType type) =>
        Table.TryGetValue(type, out var entry) ? entry.Parameters : throw new ArgumentOutOfRangeException(nameof(type), type, "unknown activity type");
}
