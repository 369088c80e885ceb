using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client.Models;
using EngagementBot.Connector.Client.Tokens;
using EngagementBot.Connector.Serialization;
using Microsoft.Extensions.Logging;

namespace EngagementBot.Connector.Client;

/// <summary>
/// <see cref="IConnectorClient"/> over a pooled <see cref="HttpClient"/> (retries live in
/// <see cref="ConnectorRetryHandler"/> in its handler chain). Logs method, status and error code only.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient httpClient,
    IConnectorTokenProvider tokenProvider,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private const int MaxErrorBodyBytes = 16 * 1024;

    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendForResourceAsync(HttpMethod.Post, ConnectorUris.Activity(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public async Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await SendForResourceAsync(HttpMethod.Post, ConnectorUris.Activities(serviceUrl, conversationId), activity, cancellationToken);

    public async Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        await SendForResourceAsync(HttpMethod.Put, ConnectorUris.Activity(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, ConnectorUris.Activity(serviceUrl, conversationId, activityId), content: null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var content = JsonContent(parameters, ConnectorJsonContext.Default.ConversationParameters);
        using var response = await SendAsync(HttpMethod.Post, ConnectorUris.Conversations(serviceUrl), content, cancellationToken);
        var created = await ReadAsync(response, ConnectorJsonContext.Default.ConversationResourceResponse, cancellationToken);
        if (string.IsNullOrEmpty(created?.Id))
        {
            throw new ConnectorException("The connector created a conversation but returned no id.", response.StatusCode, "MissingConversationId", isTransient: false, retryAfter: null);
        }

        return created;
    }

    public async Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, ConnectorUris.Member(serviceUrl, conversationId, userId), content: null, cancellationToken);
        return await ReadAsync(response, ConnectorJsonContext.Default.TeamsChannelAccount, cancellationToken)
            ?? throw new ConnectorException("The connector returned no member.", response.StatusCode, "EmptyResponse", isTransient: false, retryAfter: null);
    }

    private async Task<ResourceResponse> SendForResourceAsync(HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var response = await SendAsync(method, uri, JsonContent(activity, ConnectorJsonContext.Default.Activity), cancellationToken);
        return await ReadAsync(response, ConnectorJsonContext.Default.ResourceResponse, cancellationToken) ?? new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        var token = await tokenProvider.GetTokenAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or IOException or OperationCanceledException)
        {
            LogNetworkFailure(logger, method.Method, ex.GetType().Name);
            throw new ConnectorException("The connector could not be reached.", statusCode: null, errorCode: null, isTransient: true, retryAfter: null, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await CreateErrorAsync(method, response, cancellationToken);
        }
    }

    private async Task<ConnectorException> CreateErrorAsync(HttpMethod method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
        var status = response.StatusCode;
        var retryAfter = RetryAfter.Read(response.Headers.RetryAfter, timeProvider.GetUtcNow(), TimeSpan.MaxValue);
        var transient = TransientStatusCodes.IsTransient(status);
        LogCallFailed(logger, method.Method, (int)status, errorCode, transient);
        return new ConnectorException(
            $"The connector answered {(int)status} {status}{(errorCode is null ? string.Empty : $" ({errorCode})")}.",
            status,
            errorCode,
            transient,
            retryAfter);
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length is 0 or > MaxErrorBodyBytes)
            {
                return null;
            }

            return JsonSerializer.Deserialize(bytes, ConnectorJsonContext.Default.ConnectorErrorResponse)?.Error?.Code;
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ConnectorException("The connector answered with malformed JSON.", response.StatusCode, "MalformedResponse", isTransient: false, retryAfter: null, ex);
        }
    }

    private static ByteArrayContent JsonContent<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} failed: {StatusCode} {ErrorCode}, transient {IsTransient}")]
    private static partial void LogCallFailed(ILogger logger, string method, int statusCode, string? errorCode, bool isTransient);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} could not be reached ({ExceptionType})")]
    private static partial void LogNetworkFailure(ILogger logger, string method, string exceptionType);
}
