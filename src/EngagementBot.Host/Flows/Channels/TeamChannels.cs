using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Channels;
using EngagementBot.Host.Flows.LoneWorker;

namespace EngagementBot.Host.Flows.Channels;

/// <summary>
/// A practitioner's team channel, when the bot may post there: the channel their lone-worker team names
/// (<c>LoneWorker:Teams:&lt;team&gt;:ChannelId</c>), and only while that channel has alerts turned on (an
/// admin said <c>alerts on area=…</c> there), which also gives the bot the channel's own stored conversation.
/// </summary>
public sealed class TeamChannels(TeamDirectory teams, IChannelSubscriptionStore subscriptions)
{
    /// <summary>The team channel of <paramref name="aadObjectId"/>; null when their team has none or it is not subscribed.</summary>
    public async Task<TeamChannel?> ForAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (teams.Team(teams.TeamOf(aadObjectId)).ChannelId is not { } configured || string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var channel = configured.Trim();
        return await subscriptions.CurrentAsync(channel, cancellationToken) is { Action: SubscriptionAction.On } on
            ? new TeamChannel(channel, on.Conversation)
            : null;
    }
}

/// <summary>A team's Teams channel and a conversation the bot knows in it.</summary>
public sealed record TeamChannel(string TeamsChannelId, ConversationRef Via);
