using EngagementBot.Domain.Turns;

namespace EngagementBot.Testing.Transcripts;

/// <summary>Drives one <see cref="ITurnResponder"/> (e.g. the dialog engine) directly; a turn it does not handle gives no replies.</summary>
public sealed class ResponderTarget(ITurnResponder responder) : ITranscriptTarget
{
    /// <summary>Whether the responder handled the last turn (returned an outcome).</summary>
    public bool LastTurnHandled { get; private set; }

    public async Task<IReadOnlyList<BotReply>> SendAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        var outcome = await responder.RespondAsync(input, cancellationToken);
        LastTurnHandled = outcome is not null;
        return outcome?.Replies ?? [];
    }
}
