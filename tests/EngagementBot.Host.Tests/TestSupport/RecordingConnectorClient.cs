using System.Collections.Concurrent;
using System.Globalization;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Client.Models;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>One activity the bot sent: how (reply or send), where, and what.</summary>
public sealed record SentActivity(string Operation, string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity);

/// <summary>
/// Stands in for the Bot Connector in-process: records every activity the bot sends or replies,
/// in order, and answers with a new activity id. Other calls (update, delete, create, member
/// lookup) are not part of a turn's replies and fail loudly, so a test notices if they start to be.
/// </summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    public const string Reply = "reply";
    public const string Send = "send";

    private readonly ConcurrentQueue<SentActivity> _sent = new();
    private int _ids;

    public IReadOnlyList<SentActivity> Sent => [.. _sent];

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        Record(new SentActivity(Reply, serviceUrl, conversationId, activityId, activity));

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        Record(new SentActivity(Send, serviceUrl, conversationId, null, activity));

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the recording connector only records sends and replies");

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the recording connector only records sends and replies");

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the recording connector only records sends and replies");

    public Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the recording connector only records sends and replies");

    private Task<ResourceResponse> Record(SentActivity sent)
    {
        _sent.Enqueue(sent);
        var id = Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        return Task.FromResult(new ResourceResponse("sent-" + id));
    }
}
