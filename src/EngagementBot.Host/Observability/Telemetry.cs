using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EngagementBot.Host.Observability;

/// <summary>The bot's own trace source and meter (exported through OpenTelemetry when configured).</summary>
public static class Telemetry
{
    public const string Name = "EngagementBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("engagementbot.turns", description: "Activities processed, by kind and outcome");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("engagementbot.turn.duration", "ms");
}
