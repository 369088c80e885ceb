using EngagementBot.Domain.Turns;

namespace EngagementBot.Testing.Transcripts;

/// <summary>
/// What a transcript talks to: one turn in, the bot's replies out (empty when nothing answered).
/// <see cref="ResponderTarget"/> drives a responder directly; a host-level target can go through
/// the real turn pipeline (de-duplication, mapping) and run the same scripts.
/// </summary>
public interface ITranscriptTarget
{
    Task<IReadOnlyList<BotReply>> SendAsync(TurnInput input, CancellationToken cancellationToken = default);
}
