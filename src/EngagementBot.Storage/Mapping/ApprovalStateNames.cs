using EngagementBot.Domain.Approvals;

namespace EngagementBot.Storage.Mapping;

/// <summary>How an approval state is written in a database column (stable text, not enum numbers).</summary>
internal static class ApprovalStateNames
{
    public const string Pending = "pending";

    private static readonly Dictionary<ApprovalState, string> Names = new()
    {
        [ApprovalState.Pending] = Pending,
        [ApprovalState.Approved] = "approved",
        [ApprovalState.Declined] = "declined",
        [ApprovalState.SecondWorkerNamed] = "secondWorkerNamed",
        [ApprovalState.Expired] = "expired",
    };

    public static string ToName(ApprovalState state) =>
        Names.TryGetValue(state, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown approval state.");

    public static ApprovalState Parse(string value) =>
        Names.FirstOrDefault(pair => pair.Value == value) is { Value: not null } match
            ? match.Key
            : throw new InvalidOperationException($"Unknown approval state '{value}' in the database.");
}
