using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Turns;

/// <summary>
/// Asks the registered responders in registration order (dialogs first, the menu last); the first
/// that handles the turn answers it.
/// </summary>
public sealed class TurnResponders(IEnumerable<ITurnResponder> responders)
{
    private readonly ITurnResponder[] _responders = [.. responders];

    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        foreach (var responder in _responders)
        {
            var outcome = await responder.RespondAsync(input, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }
        }

        return null;
    }
}
