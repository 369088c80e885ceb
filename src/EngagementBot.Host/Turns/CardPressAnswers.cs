using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Turns;

/// <summary>
/// How a press on a decision card (joint-visit approval, escalation decision, safety alert) is answered. An
/// Action.Execute invoke is answered in its own HTTP response: the card as it now stands, or a message
/// banner. The Action.Submit fallback arrives as a message and is answered with a chat message (the card's
/// copies are then updated through the outbox).
/// </summary>
public static class CardPressAnswers
{
    /// <summary><paramref name="message"/>: a banner on an invoke, a chat message on a submit.</summary>
    public static TurnOutcome Message(TurnInput input, string message)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Kind == TurnKind.CardAction
            ? new TurnOutcome([], CardActionResult.Info(message))
            : TurnOutcome.Reply(BotReply.FromText(message));
    }

    /// <summary>The card as it now stands on an invoke; a submit cannot show it and hears <paramref name="otherwise"/>.</summary>
    public static TurnOutcome Card(TurnInput input, string card, string otherwise)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Kind == TurnKind.CardAction
            ? new TurnOutcome([], CardActionResult.Card(card))
            : TurnOutcome.Reply(BotReply.FromText(otherwise));
    }

    /// <summary>After a press: an invoke gets the card rendered again with <paramref name="notice"/> on it; a submit hears the notice.</summary>
    public static async Task<TurnOutcome> StatusAsync(TurnInput input, string notice, Func<Task<string>> render)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(render);
        return input.Kind == TurnKind.CardAction ? Card(input, await render(), notice) : Message(input, notice);
    }
}
