using System.Text.Json;
using EngagementBot.Connector.Activities;

namespace EngagementBot.Connector.Turns;

/// <summary>
/// Removes the bot's own @mention from message text (channels and group chats put it there);
/// mentions of anyone else stay.
/// </summary>
public static class MentionStripper
{
    public const string MentionEntityType = "mention";

    public static string StripBotMention(string text, IReadOnlyList<Entity>? entities, string? botId)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        var result = text;
        foreach (var entity in entities)
        {
            if (IsMentionOf(entity, botId) && MentionText(entity) is { Length: > 0 } mentionText)
            {
                result = result.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }

        return result.Trim();
    }

    private static bool IsMentionOf(Entity entity, string botId) =>
        string.Equals(entity.Type, MentionEntityType, StringComparison.OrdinalIgnoreCase)
        && entity.ExtensionData is { } data
        && data.TryGetValue("mentioned", out var mentioned)
        && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
        && string.Equals(id.GetString(), botId, StringComparison.Ordinal);

    private static string? MentionText(Entity entity) =>
        entity.ExtensionData is { } data
        && data.TryGetValue("text", out var text)
        && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : null;
}
