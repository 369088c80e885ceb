using System.Text.Json;
using EngagementBot.Domain.Conversations;

namespace EngagementBot.Domain.Turns;

/// <summary>What a user did in one turn, stripped of protocol detail.</summary>
public sealed record TurnInput(
    TurnKind Kind,
    ConversationAddress Conversation,
    string ActivityId,
    UserRef From,
    string? Text,
    JsonElement? Value,
    string? ReplyToId,
    string? Locale,
    DateTimeOffset ReceivedAt);

public enum TurnKind
{
    /// <summary>A typed message (the bot's own mention removed).</summary>
    Message,
    /// <summary>An Action.Submit from a card: data in <see cref="TurnInput.Value"/>.</summary>
    CardSubmit,
    /// <summary>An Action.Execute from a card: answered in the same HTTP response.</summary>
    CardAction,
    /// <summary>The bot was added to a conversation.</summary>
    Installed,
}

/// <summary>A person as the authenticated channel reported them; never taken from card data.</summary>
public sealed record UserRef(string Id, string? AadObjectId, string? Name);
