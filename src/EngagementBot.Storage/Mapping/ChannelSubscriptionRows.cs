using System.Data.Common;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Channels;

namespace EngagementBot.Storage.Mapping;

/// <summary>channel_subscription_changes rows as <see cref="ChannelSubscriptionChange"/>, for every provider (both select <see cref="Columns"/>).</summary>
internal static class ChannelSubscriptionRows
{
    public const string Columns = "id, teams_channel_id, team_id, area, action, channel_id, conversation_id, changed_by, changed_at_ms";

    public static string ActionCode(SubscriptionAction action) => action switch
    {
        SubscriptionAction.On => "on",
        SubscriptionAction.Off => "off",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown subscription action"),
    };

    public static ChannelSubscriptionChange Read(DbDataReader reader) => new(
        Id: reader.GetGuid(0),
        TeamsChannelId: reader.GetString(1),
        TeamId: reader.GetString(2),
        Area: reader.GetString(3),
        Action: reader.GetString(4) switch
        {
            "on" => SubscriptionAction.On,
            "off" => SubscriptionAction.Off,
            var code => throw new InvalidOperationException($"Unknown subscription action '{code}' in the database."),
        },
        Conversation: new ConversationRef(reader.GetString(5), reader.GetString(6)),
        ChangedBy: reader.GetString(7),
        ChangedAt: reader.GetUnixMsTime(8));
}
