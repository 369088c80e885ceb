namespace EngagementBot.Guidance.Model;

/// <summary>
/// A pattern in a case's engagement log that should make the worker consider escalating (rules as data,
/// evaluated after each logged event). <see cref="AtLeast"/> is a count of events, of agencies, or of days
/// not seen, by <see cref="Pattern"/>; <see cref="WithinDays"/> is the look-back; once the pattern prompts
/// on a case it stays quiet there for <see cref="QuietDays"/>. <see cref="TellManager"/> tells the worker's
/// line manager too, at once. <see cref="Prompt"/> is what the worker (and manager) read.
/// Checked when the pack loads by <see cref="Engagement.EngagementPatternCheck"/>.
/// </summary>
public sealed record EngagementPattern(
    string Id,
    EngagementPatternKind Pattern,
    int AtLeast,
    int QuietDays,
    bool TellManager,
    string Prompt,
    SourceRef Source,
    IReadOnlyList<LoggedEvent>? Events = null,
    int? WithinDays = null,
    IReadOnlyList<SourceRef>? AlsoSee = null) : ICitedItem;
