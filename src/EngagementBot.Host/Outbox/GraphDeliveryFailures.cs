using EngagementBot.Graph;

namespace EngagementBot.Host.Outbox;

/// <summary>
/// Runs a Graph call for an outbox sender and turns a <see cref="GraphDeliveryException"/> into an
/// <see cref="OutboxDeliveryException"/> with the same transient flag and Retry-After, so the
/// dispatcher retries throttling and outages and gives up on what cannot work. The message keeps
/// the operation, status and Graph error code only (no ids, names or text).
/// </summary>
internal static class GraphDeliveryFailures
{
    public static async Task RunAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (GraphDeliveryException ex)
        {
            throw ToOutbox(ex);
        }
    }

    public static OutboxDeliveryException ToOutbox(GraphDeliveryException ex) =>
        new(ex.Message, ex.IsTransient, ex, ex.RetryAfter) { IsSwitchedOff = ex.IsSwitchedOff };
}
