using System.Collections.Concurrent;
using System.Globalization;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>One call the bot made to the connector: reply, send or update, where, and the activity.</summary>
public sealed record ConnectorCall(string Operation, string ConversationId, string? ActivityId, Activity Activity)
{
    public string? Text => Activity.Text;

    /// <summary>The Adaptive Card the activity carries, as JSON text; null for a text message.</summary>
    public string? CardJson => Activity.Attachments is [{ Content: { } card }] ? card.GetRawText() : null;
}

/// <summary>
/// Stands in for the Bot Connector in-process: records replies, sends and updates in order and answers
/// each new activity with a fresh id (as Teams does), so cards posted by the outbox can be updated in place.
/// </summary>
public sealed class SessionConnector : IConnectorClient
{
    public const string Reply = "reply";
    public const string Send = "send";
    public const string Update = "update";

    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _ids;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(Reply, conversationId, activityId, activity);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(Send, conversationId, null, activity);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(Update, conversationId, activityId, activity);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the session flow never deletes an activity");

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the session flow only writes into conversations the bot knows");

    public Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the session flow never looks up members");

    private Task<ResourceResponse> Record(string operation, string conversationId, string? activityId, Activity activity)
    {
        var id = operation == Update ? activityId! : "activity-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        _calls.Enqueue(new ConnectorCall(operation, conversationId, operation == Update ? activityId : id, activity));
        return Task.FromResult(new ResourceResponse(id));
    }
}
