namespace EngagementBot.Domain.Turns;

/// <summary>
/// Something that answers a turn: the dialog engine, the menu, later the lone-worker commands.
/// The host's turn pipeline asks responders in order; the first that handles the turn wins.
/// </summary>
public interface ITurnResponder
{
    /// <summary>Returns null when this responder does not handle the turn.</summary>
    Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken);
}

/// <summary>
/// The replies of one turn, in order, and for an Action.Execute the result returned in the same
/// HTTP response.
/// </summary>
public sealed record TurnOutcome(IReadOnlyList<BotReply> Replies, CardActionResult? CardAction = null)
{
    public static TurnOutcome Reply(params BotReply[] replies) => new(replies);
}
