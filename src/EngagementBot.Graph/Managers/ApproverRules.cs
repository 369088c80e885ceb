using EngagementBot.Graph.Configuration;

namespace EngagementBot.Graph.Managers;

/// <summary>
/// Who approves for a user, given their line manager (or none): the line manager, else
/// <c>Graph:FallbackManagerAadObjectId</c>; then the delegates configured for whichever of them it is.
/// Never the user themself. Shared by the Graph directory and the configured-only one (Graph off).
/// </summary>
internal static class ApproverRules
{
    public static ApproverSet Resolve(DirectoryUser? lineManager, string userAadObjectId, GraphOptions settings)
    {
        var primary = lineManager;
        var source = ApproverSource.LineManager;
        if (primary is null || SameId(primary.AadObjectId, userAadObjectId))
        {
            if (string.IsNullOrWhiteSpace(settings.FallbackManagerAadObjectId) || SameId(settings.FallbackManagerAadObjectId, userAadObjectId))
            {
                return ApproverSet.Nobody;
            }

            primary = new DirectoryUser(settings.FallbackManagerAadObjectId.Trim(), null, null, null);
            source = ApproverSource.Fallback;
        }

        var delegates = settings.Delegates
            .Where(entry => SameId(entry.Key, primary.AadObjectId))
            .SelectMany(entry => entry.Value)
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => id.Trim())
            .Where(id => !SameId(id, userAadObjectId) && !SameId(id, primary.AadObjectId))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ApproverSet(source, primary, delegates);
    }

    private static bool SameId(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
