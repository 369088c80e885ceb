namespace EngagementBot.Domain.Sessions;

/// <summary>
/// Where the worker went and how to reach them, recorded at planning. Shown only to the people on the
/// escalation ladder when they must act (never in a channel, never in logs).
/// <paramref name="Venue"/> is the plan's venue kind (<c>home</c>, <c>neutral-venue</c>, <c>office-or-clinic</c>);
/// <paramref name="Location"/> the address or place as the worker typed it; <paramref name="ContactPhone"/>
/// the number to ring them on during the visit.
/// </summary>
public sealed record Whereabouts(string Venue, string? Location, string? ContactPhone);
