using EngagementBot.Domain.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Outbox;

/// <summary>
/// Delivers due outbox messages through the sender registered for their kind. Transient failures
/// are retried with backoff; permanent failures and spent budgets are marked failed and logged
/// as errors (the escalation ladder of later flows watches for them). Safe with several instances:
/// messages are claimed under a lease. A batch is delivered in lanes, one per correlation id (the
/// session, alert or approval a message is about): a lane's messages go one after another, in due
/// order, and up to <see cref="OutboxOptions.MaxParallelDeliveries"/> lanes go side by side, so a
/// thousand alerts due at once wait for the network a few at a time rather than one by one.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore store,
    IEnumerable<IOutboxSender> senders,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxSender> _senders = senders.ToDictionary(s => s.Kind, StringComparer.Ordinal);
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await DispatchDueAsync(stoppingToken);
                if (delivered < options.Value.BatchSize)
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogDispatchLoopFailed(ex);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Claims and delivers one batch; returns how many messages were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimedAt = clock.GetUtcNow();
        var batch = await store.ClaimDueAsync(_owner, settings.BatchSize, claimedAt, settings.Lease, cancellationToken);
        var leaseEnds = claimedAt + settings.Lease * LeaseShare;
        await Parallel.ForEachAsync(
            Lanes(batch),
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelDeliveries, CancellationToken = cancellationToken },
            async (lane, token) =>
            {
                foreach (var message in lane)
                {
                    if (clock.GetUtcNow() >= leaseEnds)
                    {
                        // Another instance may claim it once our lease is over; leave it to the next claim rather than send it twice.
                        LogLeaseSpent(message.Id, message.Kind);
                        continue;
                    }

                    await DeliverAsync(message, settings, leaseEnds, token);
                }
            });

        return batch.Count;
    }

    /// <summary>The batch split by what its messages are about (their correlation id; a message without one is a lane of its own), order kept.</summary>
    private static IReadOnlyList<IReadOnlyList<OutboxMessage>> Lanes(IReadOnlyList<OutboxMessage> batch) =>
        [.. batch.GroupBy(message => message.CorrelationId ?? message.Id.ToString("N"), StringComparer.Ordinal).Select(lane => (IReadOnlyList<OutboxMessage>)[.. lane])];

    private async Task DeliverAsync(OutboxMessage message, OutboxOptions settings, DateTimeOffset leaseEnds, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(message.Kind, out var sender))
        {
            LogNoSender(message.Id, message.Kind);
            await store.MarkFailedAsync(message.Id, $"no sender for kind '{message.Kind}'", clock.GetUtcNow(), cancellationToken);
            return;
        }

        // A delivery may not outlive the claim: past it, another instance could be sending the same message.
        using var withinLease = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        withinLease.CancelAfter(Max(leaseEnds - clock.GetUtcNow(), TimeSpan.Zero));
        try
        {
            await sender.SendAsync(message, withinLease.Token);
            await store.MarkDeliveredAsync(message.Id, clock.GetUtcNow(), cancellationToken);
            OutboxMetrics.Delivered.Add(1, new KeyValuePair<string, object?>("kind", message.Kind));
            OutboxMetrics.DeliveryLatency.Record(
                (clock.GetUtcNow() - message.CreatedAt).TotalMilliseconds,
                new KeyValuePair<string, object?>("kind", message.Kind));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var attempt = message.Attempts + 1;
            var transient = ex is not OutboxDeliveryException { IsTransient: false };
            var error = Describe(ex);
            if (transient && attempt < settings.MaxAttempts)
            {
                var delay = RetrySchedule.DelayFor(attempt, settings.FirstRetryDelay, settings.MaxRetryDelay, Random.Shared);
                if (ex is OutboxDeliveryException { RetryAfter: { } retryAfter } && retryAfter > delay)
                {
                    delay = retryAfter;
                }

                await store.MarkRetryAsync(message.Id, error, clock.GetUtcNow() + delay, cancellationToken);
                LogRetry(message.Id, message.Kind, attempt, delay.TotalSeconds, error);
            }
            else if (ex is OutboxDeliveryException { IsSwitchedOff: true })
            {
                await store.MarkFailedAsync(message.Id, error, clock.GetUtcNow(), cancellationToken);
                LogSwitchedOff(message.Id, message.Kind, error);
            }
            else
            {
                await store.MarkFailedAsync(message.Id, error, clock.GetUtcNow(), cancellationToken);
                OutboxMetrics.Failed.Add(1, new KeyValuePair<string, object?>("kind", message.Kind));
                LogGaveUp(message.Id, message.Kind, attempt, error);
            }
        }
    }

    /// <summary>The share of the lease a batch may spend delivering; the rest is a margin before another instance may claim.</summary>
    private const double LeaseShare = 0.9;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    // Exception messages from HTTP clients carry status codes and URLs, never message text.
    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch loop failed; retrying after the poll interval")]
    private partial void LogDispatchLoopFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} has kind {Kind} with no sender registered")]
    private partial void LogNoSender(Guid messageId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) attempt {Attempt} failed; retrying in {DelaySeconds:F1}s: {Error}")]
    private partial void LogRetry(Guid messageId, string kind, int attempt, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Kind}) not sent, by configuration: {Error}")]
    private partial void LogSwitchedOff(Guid messageId, string kind, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Kind}) not sent: the batch's lease is nearly over; it goes with the next claim")]
    private partial void LogLeaseSpent(Guid messageId, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Kind}) abandoned after {Attempt} attempts: {Error}")]
    private partial void LogGaveUp(Guid messageId, string kind, int attempt, string error);
}
