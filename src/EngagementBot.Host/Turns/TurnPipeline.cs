using System.Diagnostics;
using Activity = EngagementBot.Connector.Activities.Activity;
using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns;
using EngagementBot.Connector.Turns.Invoke;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Observability;

namespace EngagementBot.Host.Turns;

/// <summary>
/// One authenticated activity in, the bot's answer out: de-duplicates redeliveries, remembers the
/// conversation (for proactive messages later), maps the activity to a protocol-free turn, asks
/// the responders and sends their replies through the connector. Knows nothing of HTTP requests,
/// so transcript tests drive it in-process.
/// </summary>
public sealed partial class TurnPipeline(
    IProcessedActivityStore processed,
    IConversationReferenceStore references,
    ConversationReferenceCache storedReferences,
    TurnResponders responders,
    IConnectorClient connector,
    TimeProvider clock,
    ILogger<TurnPipeline> logger)
{
    private const string Apology =
        "Sorry — something went wrong on my side and I couldn't finish that. Nothing you told me before has been lost; please try again in a moment. If you are in danger, call 999.";

    public async Task<TurnPipelineResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = Stopwatch.GetTimestamp();
        using var trace = Telemetry.Source.StartActivity("turn");
        trace?.SetTag("activity.type", activity.Type);

        var now = clock.GetUtcNow();
        var address = ConversationAddressReader.Read(activity);
        if (address is not null && !string.IsNullOrEmpty(activity.Id)
            && !await processed.TryMarkProcessedAsync(address.Key, activity.Id, now, cancellationToken))
        {
            LogDuplicate(activity.Type);
            Record("duplicate", started);
            return TurnPipelineResult.Duplicate;
        }

        if (address is not null && storedReferences.NeedsStoring(address, now))
        {
            await references.UpsertAsync(address, now, cancellationToken);
            storedReferences.Stored(address, now);
        }

        var input = TurnMapper.ToTurnInput(activity, now);
        if (input is null || address is null)
        {
            Record("ignored", started);
            return TurnPipelineResult.Ignored;
        }

        trace?.SetTag("turn.kind", input.Kind.ToString());
        try
        {
            var outcome = await responders.RespondAsync(input, cancellationToken) ?? new TurnOutcome([]);
            await SendAsync(address, input, outcome.Replies, cancellationToken);
            Record("handled", started);
            return new TurnPipelineResult(TurnDisposition.Handled, InvokeFor(input, outcome));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogTurnFailed(ex, input.Kind);
            Record("failed", started);
            return await FailAsync(address, input, cancellationToken);
        }
    }

    private async Task SendAsync(ConversationAddress address, TurnInput input, IReadOnlyList<BotReply> replies, CancellationToken cancellationToken)
    {
        // Replies go out in order, one at a time: a text and then its card must not swap places.
        foreach (var reply in replies)
        {
            if (input.Kind == TurnKind.Installed || string.IsNullOrEmpty(input.ActivityId))
            {
                await connector.SendToConversationAsync(
                    address.ServiceUrl, address.ConversationId, ReplyActivityFactory.CreateMessage(address, reply), cancellationToken);
            }
            else
            {
                await connector.ReplyToActivityAsync(
                    address.ServiceUrl,
                    address.ConversationId,
                    input.ActivityId,
                    ReplyActivityFactory.CreateMessage(address, reply, input.ActivityId),
                    cancellationToken);
            }
        }
    }

    private static InvokeResponse? InvokeFor(TurnInput input, TurnOutcome outcome)
    {
        if (input.Kind != TurnKind.CardAction)
        {
            return null;
        }

        // Never answer an invoke with an empty body: Teams then shows nothing at all.
        return outcome.CardAction is { } result
            ? InvokeResponses.FromResult(result)
            : InvokeResponses.Message("Done.");
    }

    private async Task<TurnPipelineResult> FailAsync(ConversationAddress address, TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Kind == TurnKind.CardAction)
        {
            return new TurnPipelineResult(TurnDisposition.Failed, InvokeResponses.Error(500, Apology, "BotError"));
        }

        try
        {
            await SendAsync(address, input, [BotReply.FromText(Apology)], cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogApologyFailed(ex);
        }

        return new TurnPipelineResult(TurnDisposition.Failed, null);
    }

    private static void Record(string outcome, long started)
    {
        Telemetry.Turns.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        Telemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redelivered {ActivityType} activity ignored")]
    private partial void LogDuplicate(string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {TurnKind} turn failed; the user was told to try again")]
    private partial void LogTurnFailed(Exception ex, TurnKind turnKind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the user that their turn failed")]
    private partial void LogApologyFailed(Exception ex);
}
