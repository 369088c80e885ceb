using System.Text.Json;
using EngagementBot.Connector.Activities;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Connector.Turns;

/// <summary>
/// Builds the outgoing <c>message</c> activity for a <see cref="BotReply"/>: from the bot to the
/// user of the conversation, text or one Adaptive Card attachment.
/// </summary>
public static class ReplyActivityFactory
{
    /// <param name="address">The conversation to answer in.</param>
    /// <param name="reply">Text or card (exactly one).</param>
    /// <param name="replyToId">The activity answered, when replying; null for a plain send.</param>
    /// <exception cref="ArgumentException">The reply has neither or both of text and card, or the card is not a JSON object.</exception>
    public static Activity CreateMessage(ConversationAddress address, BotReply reply, string? replyToId = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(reply);
        var hasText = reply.Text is not null;
        var hasCard = reply.CardJson is not null;
        if (hasText == hasCard)
        {
            throw new ArgumentException("A reply carries text or a card, exactly one of them.", nameof(reply));
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = address.ChannelId,
            ServiceUrl = address.ServiceUrl,
            From = new ChannelAccount { Id = address.BotId, Name = address.BotName },
            Recipient = address.UserId is null ? null : new ChannelAccount { Id = address.UserId, AadObjectId = address.UserAadObjectId },
            Conversation = new ConversationAccount
            {
                Id = address.ConversationId,
                ConversationType = ConversationTypeOf(address.Kind),
                TenantId = address.TenantId,
            },
            ReplyToId = replyToId,
            Text = reply.Text,
            Attachments = hasCard ? [AdaptiveCard(reply.CardJson!)] : null,
        };
    }

    /// <summary>An Adaptive Card attachment whose content is the card JSON.</summary>
    public static Attachment AdaptiveCard(string cardJson) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = ParseCard(cardJson),
    };

    internal static JsonElement ParseCard(string cardJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cardJson);
        JsonElement card;
        try
        {
            using var document = JsonDocument.Parse(cardJson);
            card = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The card is not valid JSON.", nameof(cardJson), ex);
        }

        if (card.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The card must be a JSON object.", nameof(cardJson));
        }

        return card;
    }

    private static string ConversationTypeOf(ConversationKind kind) => kind switch
    {
        ConversationKind.Channel => "channel",
        ConversationKind.GroupChat => "groupChat",
        _ => "personal",
    };
}
