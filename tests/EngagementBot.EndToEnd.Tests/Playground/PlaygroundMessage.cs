using System.Text.Json.Nodes;
using EngagementBot.Testing.Transcripts;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// A message the bot posted (or updated in place) in any conversation of the Playground's tenant, as
/// the Playground's log recorded it: its own chat, a manager's 1:1 chat the bot opened, a channel thread.
/// </summary>
/// <param name="ConversationId">The Playground's conversation id (a channel thread is <c>{channel};messageid={root}</c>).</param>
/// <param name="MessageId">The id the Playground gave the message; an update keeps it.</param>
/// <param name="IsUpdate">True when the bot replaced an earlier message (PUT), false for a new one.</param>
/// <param name="ReplyToId">The activity the bot answered, or null for a proactive message.</param>
/// <param name="RecipientAadObjectId">Whom the bot addressed, when it said.</param>
/// <param name="Text">The message text ("" for a card on its own).</param>
/// <param name="Card">The first Adaptive Card attached, if any.</param>
/// <param name="Timestamp">When the Playground logged it (Unix milliseconds).</param>
public sealed record PlaygroundMessage(
    string ConversationId,
    string MessageId,
    bool IsUpdate,
    string? ReplyToId,
    string? RecipientAadObjectId,
    string Text,
    JsonObject? Card,
    long Timestamp)
{
    /// <summary>The text and every string in the card, for "contains" checks.</summary>
    public string Everything => Card is null ? Text : $"{Text}\n{CardView.Text(Card)}";

    public bool Says(string expected) => Everything.Contains(expected, StringComparison.Ordinal);

    public bool IsIn(string conversationId) => ConversationId == conversationId;

    /// <summary>True in a channel's threads (the channel itself or any thread under it).</summary>
    public bool IsInChannel(string channelId) =>
        ConversationId == channelId || ConversationId.StartsWith(channelId + ";", StringComparison.Ordinal);

    public override string ToString()
    {
        var words = string.Join(" | ", new[] { Text }.Concat(Card is null ? [] : CardView.Text(Card).Split('\n').Where(Readable)).Where(t => t.Length > 0)).ReplaceLineEndings(" ");
        return $"{(IsUpdate ? "update" : "new")} {MessageId} in {ConversationId}: {words[..Math.Min(words.Length, 200)]}";
    }

    // What a person would read on the card: not its schema, types, ids or verbs.
    private static bool Readable(string value) => value.Contains(' ', StringComparison.Ordinal) && !value.StartsWith("http", StringComparison.Ordinal);
}
