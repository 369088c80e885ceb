namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// What a manager may decide when acknowledging an incident, as fixed ids (recorded in the alert's
/// audit trail) with the words shown on the card and told to the worker. Anything else a card sends is
/// ignored: only these can be recorded.
/// </summary>
public static class IncidentDecisions
{
    public const string ReleaseWorker = "release-worker";
    public const string JointVisitsOnly = "joint-visits-only";
    public const string WrittenAgreement = "written-agreement";
    public const string PoliceComplaint = "police-complaint";
    public const string CaseTransfer = "case-transfer";

    /// <summary>Every decision, in the order the card lists them.</summary>
    public static IReadOnlyList<(string Id, string Label)> All { get; } =
    [
        (ReleaseWorker, "Release the worker from the case"),
        (JointVisitsOnly, "Joint visits only"),
        (WrittenAgreement, "Written agreement with the family"),
        (PoliceComplaint, "Police complaint"),
        (CaseTransfer, "Case transfer"),
    ];

    /// <summary>
    /// The known decisions in <paramref name="chosen"/> (a card's multi-select sends them comma-separated),
    /// each once, in the card's order.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? chosen)
    {
        if (string.IsNullOrWhiteSpace(chosen))
        {
            return [];
        }

        var said = chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. All.Select(d => d.Id).Where(id => said.Contains(id, StringComparer.OrdinalIgnoreCase))];
    }

    /// <summary>The labels of <paramref name="ids"/>, in order ("Joint visits only; Case transfer"), or "none recorded".</summary>
    public static string Describe(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "none recorded" : string.Join("; ", All.Where(d => ids.Contains(d.Id, StringComparer.Ordinal)).Select(d => d.Label));

    /// <summary>The decisions as an audit-trail detail part (<c>decisions=joint-visits-only,case-transfer</c>).</summary>
    public static string Detail(IReadOnlyList<string> ids) => "decisions=" + (ids.Count == 0 ? "none" : string.Join(',', ids));

    /// <summary>The decision ids of an audit-trail detail written by <see cref="Detail"/>.</summary>
    public static IReadOnlyList<string> FromDetail(string? detail)
    {
        var part = detail?.Split(';').FirstOrDefault(p => p.StartsWith("decisions=", StringComparison.Ordinal));
        return part is null ? [] : Parse(part["decisions=".Length..]);
    }
}
