namespace EngagementBot.Dialogs.Parsing;

/// <summary>
/// A date and time as understood: the instant in the configured zone, whether a time was given,
/// and what the bot understood, written out so it can be confirmed ("Tuesday 25 November, 10:00").
/// </summary>
public sealed record ParsedDateTime(DateTimeOffset Value, bool HasTime, string Understood);

/// <summary>Why text was not accepted as a date/time.</summary>
public enum DateTimeRefusal
{
    None,
    /// <summary>Not a date or time the parser knows how to read.</summary>
    NotUnderstood,
    /// <summary>Shaped like a date but no such day exists ("31/11", "32/13").</summary>
    NoSuchDate,
    /// <summary>A weekday that does not match the date given ("Monday 25 November" when that is a Wednesday).</summary>
    WeekdayMismatch,
    /// <summary>Understood, but already past where a future time is needed.</summary>
    InThePast,
    /// <summary>Understood, but still to come where a past time is needed.</summary>
    InTheFuture,
    /// <summary>Understood, but not after the earlier answer it must follow (<see cref="DateTimeParseResult.Detail"/> says which time).</summary>
    NotAfter,
}

/// <summary>
/// The outcome of parsing: <see cref="Parsed"/> is what was understood (also set for
/// <see cref="DateTimeRefusal.InThePast"/>, <see cref="DateTimeRefusal.InTheFuture"/> and
/// <see cref="DateTimeRefusal.NotAfter"/>, to say what was understood); <see cref="Detail"/> explains other refusals.
/// </summary>
public sealed record DateTimeParseResult(DateTimeRefusal Refusal, ParsedDateTime? Parsed, string? Detail = null)
{
    public bool Success => Refusal == DateTimeRefusal.None;

    public static DateTimeParseResult NotUnderstood { get; } = new(DateTimeRefusal.NotUnderstood, null);

    public static DateTimeParseResult Ok(ParsedDateTime parsed) => new(DateTimeRefusal.None, parsed);
}
