using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Incidents;

/// <summary>
/// Who reported an incident, as the authenticated channel gave them (never card data): directory object
/// id, channel user id, display name (never logged), and the conversation they reported from.
/// </summary>
public sealed record IncidentReporter(string AadObjectId, string UserId, string? DisplayName, ConversationRef Conversation);
