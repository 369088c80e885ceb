using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Channels;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Flows.Incidents;
using EngagementBot.Host.Outbox;
using Microsoft.Extensions.Options;

namespace EngagementBot.Host.Flows.Channels;

/// <summary>
/// <c>alerts on area=&lt;name&gt;</c>, <c>alerts off</c>, <c>alerts status</c> in a Teams channel (the bot
/// @mentioned; the pipeline removes the mention). Turning alerts on or off is for the configured admins
/// (<see cref="IncidentOptions.Admins"/>, by the directory object id the channel reports); every change is
/// appended to the subscription history with who and when. Elsewhere, and for non-admins, a kind answer.
/// </summary>
public sealed partial class ChannelAlertResponder(
    IChannelSubscriptionStore subscriptions,
    IOptions<IncidentOptions> options,
    TimeProvider clock,
    ILogger<ChannelAlertResponder> logger) : ITurnResponder
{
    public async Task<TurnOutcome?> RespondAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Kind != TurnKind.Message || ChannelAlertCommand.Parse(input.Text) is not { } command)
        {
            return null;
        }

        var conversation = input.Conversation;
        if (conversation.Kind != ConversationKind.Channel || conversation.TeamsChannelId is not { } channel || conversation.TeamId is not { } team)
        {
            return Say(ChannelAlertTexts.NotInChannel);
        }

        var current = await subscriptions.CurrentAsync(channel, cancellationToken);
        var on = current is { Action: SubscriptionAction.On } ? current : null;
        switch (command.Verb)
        {
            case ChannelAlertVerb.Status:
                return Say(on is null ? ChannelAlertTexts.StatusOff : ChannelAlertTexts.Status(on.Area, on.ChangedAt));
            case ChannelAlertVerb.Usage:
                return Say(ChannelAlertTexts.Usage);
        }

        if (!IsAdmin(input.From.AadObjectId))
        {
            LogRefused();
            return Say(ChannelAlertTexts.AdminsOnly);
        }

        if (command.Verb == ChannelAlertVerb.Off)
        {
            if (on is null)
            {
                return Say(ChannelAlertTexts.AlreadyOff);
            }

            await RecordAsync(input, channel, team, on.Area, SubscriptionAction.Off, cancellationToken);
            return Say(ChannelAlertTexts.Off(on.Area));
        }

        var areas = options.Value.Areas.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
        if (command.Area is null || areas.Count == 0)
        {
            return Say(ChannelAlertTexts.NeedArea(areas));
        }

        var area = areas.FirstOrDefault(a => string.Equals(a, command.Area, StringComparison.OrdinalIgnoreCase));
        if (area is null)
        {
            return Say(ChannelAlertTexts.UnknownArea(command.Area, areas));
        }

        await RecordAsync(input, channel, team, area, SubscriptionAction.On, cancellationToken);
        return Say(on is not null && !string.Equals(on.Area, area, StringComparison.OrdinalIgnoreCase)
            ? ChannelAlertTexts.Moved(on.Area, area)
            : ChannelAlertTexts.On(area));
    }

    private bool IsAdmin(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && options.Value.Admins.Any(a => string.Equals(a.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase));

    // The change's id derives from the activity, so a redelivered command is recorded once.
    private async Task RecordAsync(TurnInput input, string channel, string team, string area, SubscriptionAction action, CancellationToken cancellationToken)
    {
        var change = new ChannelSubscriptionChange(
            OutboxIds.For("channel-subscription", input.Conversation.Key, input.ActivityId),
            channel,
            team,
            area,
            action,
            new ConversationRef(input.Conversation.ChannelId, input.Conversation.ConversationId),
            input.From.AadObjectId!,
            clock.GetUtcNow());
        await subscriptions.RecordAsync(change, cancellationToken);
        LogChanged(change.Id, action);
    }

    private static TurnOutcome Say(string text) => TurnOutcome.Reply(BotReply.FromText(text));

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel alert subscription change {ChangeId}: {Action}")]
    private partial void LogChanged(Guid changeId, SubscriptionAction action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel alert change refused: the sender is not an administrator")]
    private partial void LogRefused();
}
