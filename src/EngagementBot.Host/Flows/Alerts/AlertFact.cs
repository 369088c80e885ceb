namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// One line of what a person on the ladder needs to act (label and value, plain text).
/// <paramref name="IsCardMarkup"/>: the value is Teams card markup (<c>{{DATE}}</c>/<c>{{TIME}}</c>) made
/// by the bot from a time, so the card binds it as it is; every other value is escaped.
/// </summary>
public sealed record AlertFact(string Label, string Value, bool IsCardMarkup = false);
