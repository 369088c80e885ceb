using EngagementBot.Connector.Activities;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Connector.Turns;

/// <summary>
/// Maps an inbound activity to a domain turn:
/// <list type="bullet">
/// <item><c>message</c> with text → <see cref="TurnKind.Message"/> (the bot's own mention removed);</item>
/// <item><c>message</c> with <c>value</c> and no text → <see cref="TurnKind.CardSubmit"/> (Action.Submit; <c>Value</c> = the data, <c>ReplyToId</c> = the card);</item>
/// <item><c>invoke</c> <c>adaptiveCard/action</c> → <see cref="TurnKind.CardAction"/> (<c>Text</c> = <c>action.verb</c> (may be null), <c>Value</c> = <c>action.data</c>);</item>
/// <item><c>conversationUpdate</c> adding the bot, or <c>installationUpdate</c> <c>add</c> → <see cref="TurnKind.Installed"/>;</item>
/// <item>anything else, or an activity without sender/address → null (not a turn).</item>
/// </list>
/// </summary>
public static class TurnMapper
{
    public static TurnInput? ToTurnInput(Activity activity, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var kind = Classify(activity);
        if (kind is null)
        {
            return null;
        }

        var address = ConversationAddressReader.Read(activity);
        if (address is null)
        {
            return null;
        }

        var from = activity.From;
        if (kind != TurnKind.Installed && string.IsNullOrWhiteSpace(from?.Id))
        {
            return null;
        }

        var user = new UserRef(from?.Id ?? string.Empty, from?.AadObjectId, from?.Name);
        var (text, value) = kind switch
        {
            TurnKind.Message => (MentionStripper.StripBotMention(activity.Text!, activity.Entities, activity.Recipient?.Id), activity.Value),
            TurnKind.CardSubmit => ((string?)null, activity.Value),
            TurnKind.CardAction => (JsonElementReader.GetString(activity.Value, "action", "verb"), JsonElementReader.GetElement(activity.Value, "action", "data")),
            _ => (null, null),
        };

        return new TurnInput(
            Kind: kind.Value,
            Conversation: address,
            ActivityId: activity.Id ?? string.Empty,
            From: user,
            Text: text,
            Value: value,
            ReplyToId: activity.ReplyToId,
            Locale: activity.Locale,
            ReceivedAt: receivedAt);
    }

    private static TurnKind? Classify(Activity activity)
    {
        var type = activity.Type;
        if (Is(type, ActivityTypes.Message))
        {
            if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                return TurnKind.Message;
            }

            return HasValue(activity) ? TurnKind.CardSubmit : null;
        }

        if (Is(type, ActivityTypes.Invoke))
        {
            return Is(activity.Name, InvokeNames.AdaptiveCardAction) ? TurnKind.CardAction : null;
        }

        if (Is(type, ActivityTypes.ConversationUpdate))
        {
            var botId = activity.Recipient?.Id;
            return !string.IsNullOrEmpty(botId)
                && activity.MembersAdded?.Any(member => string.Equals(member.Id, botId, StringComparison.Ordinal)) == true
                ? TurnKind.Installed
                : null;
        }

        // installationUpdate is not a turn: Teams (and the Playground) send it together with the
        // conversationUpdate above, and the user must be welcomed once. The pipeline still stores
        // the conversation reference it carries.
        return null;
    }

    private static bool HasValue(Activity activity) =>
        activity.Value is { ValueKind: not (System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined) };

    private static bool Is(string? actual, string expected) =>
        string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
}
