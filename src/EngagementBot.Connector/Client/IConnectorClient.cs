using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client.Models;

namespace EngagementBot.Connector.Client;

/// <summary>
/// Outbound Bot Connector REST calls (<c>{serviceUrl}/v3/…</c>). Every failure is a
/// <see cref="ConnectorException"/>; cancellation is an <see cref="OperationCanceledException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /v3/conversations</c>: a channel thread or a proactive 1:1 chat (see
    /// <see cref="ConversationParameters.ForChannelThread"/> and <see cref="ConversationParameters.ForPersonalChat"/>).
    /// </summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>GET /v3/conversations/{conversationId}/members/{userId}</c>.</summary>
    Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
}
