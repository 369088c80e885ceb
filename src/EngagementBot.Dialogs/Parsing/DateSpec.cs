namespace EngagementBot.Dialogs.Parsing;

/// <summary>A date as written, before it is placed on the calendar relative to today.</summary>
internal abstract record DateSpec;

/// <summary>"today" (0), "tomorrow" (1), "yesterday" (-1).</summary>
internal sealed record RelativeDay(int Offset) : DateSpec;

/// <summary>"Tuesday", "next Tuesday", "this Tuesday", "last Tuesday".</summary>
internal sealed record WeekdayDate(DayOfWeek Day, WeekdayModifier Modifier) : DateSpec;

/// <summary>"23/11", "23/11/2026", "23rd November", "Nov 23", "2026-11-23", optionally with a weekday to check.</summary>
internal sealed record CalendarDate(int Day, int Month, int? Year, DayOfWeek? Weekday) : DateSpec;

internal enum WeekdayModifier
{
    None,
    Next,
    This,
    Last,
}
