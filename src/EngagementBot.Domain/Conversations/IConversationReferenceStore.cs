namespace EngagementBot.Domain.Conversations;

/// <summary>Remembers every conversation the bot has been part of, for proactive messages.</summary>
public interface IConversationReferenceStore
{
    /// <summary>
    /// Inserts or refreshes the address (service URLs can change between turns). An upsert seen
    /// earlier than the stored one is ignored, so a late turn cannot roll the address back.
    /// </summary>
    Task UpsertAsync(ConversationAddress address, DateTimeOffset seenAt, CancellationToken cancellationToken);

    Task<ConversationAddress?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// The personal (1:1) conversation with a user, looked up by their directory object id (compared
    /// case-insensitively); the most recently seen one when there are several.
    /// </summary>
    Task<ConversationAddress?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken);
}
