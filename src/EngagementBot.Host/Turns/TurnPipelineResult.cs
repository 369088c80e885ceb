using EngagementBot.Connector.Turns.Invoke;

namespace EngagementBot.Host.Turns;

/// <summary>What the HTTP endpoint answers after a turn: 200, and for an invoke the response body.</summary>
public sealed record TurnPipelineResult(TurnDisposition Disposition, InvokeResponse? Invoke)
{
    public static readonly TurnPipelineResult Duplicate = new(TurnDisposition.Duplicate, null);
    public static readonly TurnPipelineResult Ignored = new(TurnDisposition.Ignored, null);
}

public enum TurnDisposition
{
    Handled,
    /// <summary>The same (conversation, activity id) was processed before: a channel retry.</summary>
    Duplicate,
    /// <summary>An activity the bot has nothing to say to (typing, reactions, …).</summary>
    Ignored,
    Failed,
}
