using EngagementBot.Domain.Outbox;

namespace EngagementBot.Storage.Mapping;

/// <summary>How an outbox status is written in a database column (stable text, not enum numbers).</summary>
internal static class OutboxStatusNames
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static OutboxStatus Parse(string value) => value switch
    {
        Pending => OutboxStatus.Pending,
        Delivered => OutboxStatus.Delivered,
        Failed => OutboxStatus.Failed,
        _ => throw new InvalidOperationException($"Unknown outbox status '{value}' in the database."),
    };

    public static string ToName(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => Pending,
        OutboxStatus.Delivered => Delivered,
        OutboxStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown outbox status."),
    };
}
