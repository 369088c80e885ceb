using System.Globalization;

namespace EngagementBot.Graph.ActivityFeed;

/// <summary>
/// Values for the manifest's template placeholders. Only what the activity type's template uses
/// should be set; the case reference is pseudonymous and the worker is whoever the manager must
/// know about. Null values are not sent.
/// </summary>
public sealed record FeedTemplateParameters(
    string? CaseReference = null,
    string? Worker = null,
    int? MinutesOverdue = null,
    string? Decision = null)
{
    public const string CaseReferenceName = "caseReference";
    public const string WorkerName = "worker";
    public const string MinutesOverdueName = "minutesOverdue";
    public const string DecisionName = "decision";

    /// <summary>The name/value pairs to send, in a stable order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToPairs()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(pairs, CaseReferenceName, CaseReference);
        Add(pairs, WorkerName, Worker);
        Add(pairs, MinutesOverdueName, MinutesOverdue?.ToString(CultureInfo.InvariantCulture));
        Add(pairs, DecisionName, Decision);
        return pairs;
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            pairs.Add(new KeyValuePair<string, string>(name, value));
        }
    }
}
