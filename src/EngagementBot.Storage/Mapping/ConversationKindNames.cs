using EngagementBot.Domain.Conversations;

namespace EngagementBot.Storage.Mapping;

/// <summary>How a conversation kind is written in a database column (stable text, not enum numbers).</summary>
internal static class ConversationKindNames
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    public static ConversationKind Parse(string value) => value switch
    {
        Personal => ConversationKind.Personal,
        GroupChat => ConversationKind.GroupChat,
        Channel => ConversationKind.Channel,
        _ => throw new InvalidOperationException($"Unknown conversation kind '{value}' in the database."),
    };

    public static string ToName(ConversationKind kind) => kind switch
    {
        ConversationKind.Personal => Personal,
        ConversationKind.GroupChat => GroupChat,
        ConversationKind.Channel => Channel,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown conversation kind."),
    };
}
