namespace EngagementBot.Domain.Engagement;

/// <summary>
/// The engagement log of every case, append-only: events are written once (the schema refuses updates and
/// deletes). Case references are matched ignoring letter case; times are kept to the millisecond and read
/// back in UTC.
/// </summary>
public interface IEngagementLog
{
    /// <summary>
    /// Appends an event (checked with <see cref="EngagementEvent.EnsureValid"/>). Idempotent by id: false,
    /// changing nothing, when the id is stored already.
    /// </summary>
    Task<bool> AppendAsync(EngagementEvent engagementEvent, CancellationToken cancellationToken);

    Task<EngagementEvent?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every event logged on the case, by any agency, oldest first (by the day it happened, then when it was logged).</summary>
    Task<IReadOnlyList<EngagementEvent>> ForCaseAsync(string caseReference, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a rule prompted, unless the same rule already prompted on the same case after
    /// <paramref name="quietSince"/> (or the prompt's id is stored already). Atomic: of two events logged at
    /// once, only one records the prompt. True when recorded (the caller then prompts), false otherwise.
    /// </summary>
    Task<bool> TryRecordPromptAsync(EngagementPrompt prompt, DateTimeOffset quietSince, CancellationToken cancellationToken);

    /// <summary>The prompts recorded on the case, oldest first.</summary>
    Task<IReadOnlyList<EngagementPrompt>> PromptsForCaseAsync(string caseReference, CancellationToken cancellationToken);
}
