namespace EngagementBot.Domain.Incidents;

/// <summary>
/// Something added to a submitted incident later (the crime reference once known, what the child said the
/// next day…): appended, never changing the original. Attributable to who added it, from which conversation, and when.
/// </summary>
public sealed record IncidentAddition(Guid Id, Guid IncidentId, string Text, string AddedBy, string ConversationKey, DateTimeOffset AddedAt)
{
    /// <exception cref="ArgumentException">Blank or over-long text, or a blank author or conversation.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Text, nameof(Text));
        ArgumentException.ThrowIfNullOrWhiteSpace(AddedBy, nameof(AddedBy));
        ArgumentException.ThrowIfNullOrWhiteSpace(ConversationKey, nameof(ConversationKey));
        if (Text.Length > Incident.MaxTextLength)
        {
            throw new ArgumentException($"An addition is limited to {Incident.MaxTextLength} characters.", nameof(Text));
        }
    }
}
