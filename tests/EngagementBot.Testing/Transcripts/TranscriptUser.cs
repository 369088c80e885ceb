using System.Text.Json;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Testing.Transcripts;

/// <summary>
/// Builds the turns of one user in one personal conversation, with increasing activity ids
/// (millisecond-epoch-like strings, as Teams uses) and times from the given clock.
/// </summary>
public sealed class TranscriptUser
{
    private readonly TimeProvider _time;
    private long _activity = 1_700_000_000_000;

    public TranscriptUser(string userId = "user-1", string conversationId = "conversation-1", TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        From = new UserRef(userId, $"aad-{userId}", null);
        Conversation = new ConversationAddress(
            "msteams", "http://127.0.0.1/_connector/", conversationId, ConversationKind.Personal,
            "tenant-1", "bot-1", "EngagementBot", userId, From.AadObjectId, null, null);
    }

    public UserRef From { get; }

    public ConversationAddress Conversation { get; }

    /// <summary>The id the next turn will carry.</summary>
    public string NextActivityId => (_activity + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public TurnInput Message(string text) => Turn(TurnKind.Message, text, null, null);

    /// <summary>An Action.Submit: the card's data and inputs as <paramref name="value"/> (an object, JsonElement or JsonNode).</summary>
    public TurnInput Submit(object value, string? replyToId = null) =>
        Turn(TurnKind.CardSubmit, null, value as JsonElement? ?? JsonSerializer.SerializeToElement(value), replyToId);

    public TurnInput Installed() => Turn(TurnKind.Installed, null, null, null);

    private TurnInput Turn(TurnKind kind, string? text, JsonElement? value, string? replyToId)
    {
        _activity++;
        return new TurnInput(kind, Conversation, _activity.ToString(System.Globalization.CultureInfo.InvariantCulture), From, text, value, replyToId, "en-GB", _time.GetUtcNow());
    }
}
