using System.Diagnostics.Metrics;
using EngagementBot.Host.Observability;

namespace EngagementBot.Host.Outbox;

internal static class OutboxMetrics
{
    public static readonly Counter<long> Delivered = Telemetry.Meter.CreateCounter<long>("engagementbot.outbox.delivered");
    public static readonly Counter<long> Failed = Telemetry.Meter.CreateCounter<long>("engagementbot.outbox.failed");
    public static readonly Histogram<double> DeliveryLatency = Telemetry.Meter.CreateHistogram<double>("engagementbot.outbox.delivery_latency", "ms");
}
