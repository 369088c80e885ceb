using EngagementBot.Connector.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Connector.Client;

/// <summary>
/// Retries connector calls: 429 after its <c>Retry-After</c> (capped), 412/502/503/504, network
/// errors and attempt timeouts with jittered exponential backoff; never any other status. Waits go
/// through <see cref="TimeProvider"/>. After the last attempt the last response is returned (or
/// the last network exception rethrown) for the client to turn into a typed error.
/// </summary>
public sealed partial class ConnectorRetryHandler : DelegatingHandler
{
    private readonly ConnectorRetryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorRetryHandler> _logger;

    public ConnectorRetryHandler(IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<ConnectorRetryHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Retry;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var maxAttempts = Math.Max(1, _options.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendAttemptAsync(request, cancellationToken);
            }
            catch (Exception ex) when (attempt < maxAttempts && IsTransientFailure(ex, cancellationToken))
            {
                var backoff = Backoff(attempt);
                LogNetworkRetry(_logger, request.Method.Method, attempt, ex.GetType().Name, backoff.TotalMilliseconds);
                await DelayAsync(backoff, cancellationToken);
                continue;
            }

            if (attempt >= maxAttempts || !TransientStatusCodes.IsRetryable(response.StatusCode))
            {
                return response;
            }

            var delay = RetryAfter.Read(response.Headers.RetryAfter, _timeProvider.GetUtcNow(), _options.MaxRetryAfter)
                ?? Backoff(attempt);
            LogStatusRetry(_logger, request.Method.Method, (int)response.StatusCode, attempt, delay.TotalMilliseconds);
            response.Dispose();
            await DelayAsync(delay, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(_options.AttemptTimeout);
        try
        {
            return await base.SendAsync(request, attemptTimeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("The connector did not answer within the attempt timeout.", ex);
        }
    }

    private static bool IsTransientFailure(Exception exception, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && exception is HttpRequestException or TimeoutException or IOException;

    /// <summary>Exponential backoff with jitter: a random delay in [½·d, d], d = base·2^(attempt−1) capped.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var exponential = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, _options.MaxDelay.TotalMilliseconds);
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(jittered);
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, _timeProvider, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} answered {StatusCode} on attempt {Attempt}; retrying in {DelayMs} ms")]
    private static partial void LogStatusRetry(ILogger logger, string method, int statusCode, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} failed on attempt {Attempt} ({ExceptionType}); retrying in {DelayMs} ms")]
    private static partial void LogNetworkRetry(ILogger logger, string method, int attempt, string exceptionType, double delayMs);
}
