using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Engagement;

/// <summary>
/// One line of a case's engagement log: what happened (<see cref="Kind"/>), on which day, which agency
/// logged it, who (directory object id, from the authenticated channel), from which conversation and when.
/// Shared across agencies and kept for good: never changed or deleted. <see cref="Note"/> is the logger's
/// own short note: shown only to them, never in a chronology, summary, channel or log.
/// </summary>
public sealed record EngagementEvent(
    Guid Id,
    string CaseReference,
    EngagementKind Kind,
    DateOnly OccurredOn,
    string Agency,
    string RecordedBy,
    ConversationRef Conversation,
    DateTimeOffset RecordedAt,
    string? Note)
{
    /// <summary>Longest private note kept.</summary>
    public const int MaxNoteLength = 280;

    /// <summary>
    /// Checks the record: reference, agency, recorder and conversation are not blank; the kind is defined;
    /// it did not happen after the day it was recorded (a day's grace for time zones); a note is short.
    /// </summary>
    /// <exception cref="ArgumentException">A rule is broken.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(CaseReference, nameof(CaseReference));
        ArgumentException.ThrowIfNullOrWhiteSpace(Agency, nameof(Agency));
        ArgumentException.ThrowIfNullOrWhiteSpace(RecordedBy, nameof(RecordedBy));
        ArgumentNullException.ThrowIfNull(Conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(Conversation.ChannelId, nameof(Conversation));
        ArgumentException.ThrowIfNullOrWhiteSpace(Conversation.ConversationId, nameof(Conversation));
        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentException($"{Kind} is not a defined engagement kind.", nameof(Kind));
        }

        if (OccurredOn > DateOnly.FromDateTime(RecordedAt.UtcDateTime).AddDays(1))
        {
            throw new ArgumentException("An engagement event cannot be logged before it happened.", nameof(OccurredOn));
        }

        if (Note is not null && (string.IsNullOrWhiteSpace(Note) || Note.Length > MaxNoteLength))
        {
            throw new ArgumentException($"A note is not blank and at most {MaxNoteLength} characters.", nameof(Note));
        }
    }
}
