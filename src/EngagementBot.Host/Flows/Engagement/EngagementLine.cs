using EngagementBot.Domain.Engagement;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// What the bot understood from a typed log line such as "no access at 14 Elm case C-1234": the kind, the
/// case reference (null when none was given), the day (today when none was given; null when the day given
/// is still to come), and whether other words were left out (an address, a name…): they are never kept.
/// </summary>
public sealed record EngagementLine(EngagementKind Kind, string? CaseReference, DateOnly? Day, bool LeftOut);
