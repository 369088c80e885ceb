namespace EngagementBot.Domain.Engagement;

/// <summary>
/// A record that pattern rule <see cref="RuleId"/> prompted about a case at <see cref="FiredAt"/>, after
/// event <see cref="EventId"/> was logged. Kept so a rule prompts once per case per quiet window, not after
/// every later event.
/// </summary>
public sealed record EngagementPrompt(Guid Id, string CaseReference, string RuleId, Guid EventId, DateTimeOffset FiredAt)
{
    /// <exception cref="ArgumentException">A blank case reference or rule id.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(CaseReference, nameof(CaseReference));
        ArgumentException.ThrowIfNullOrWhiteSpace(RuleId, nameof(RuleId));
    }
}
