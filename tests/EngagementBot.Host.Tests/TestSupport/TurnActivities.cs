using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Connector.Activities;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Turns;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>
/// The Teams activity that carries a transcript turn: a <c>message</c> with text (in a channel or
/// group chat, after an @mention of the bot, as Teams delivers it), a <c>message</c> with
/// <c>value</c> and no text for an Action.Submit, an <c>invoke</c> <c>adaptiveCard/action</c> for an
/// Action.Execute, and a <c>conversationUpdate</c> adding the bot for an install.
/// </summary>
public static class TurnActivities
{
    public static Activity From(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var activity = Base(input);
        return input.Kind switch
        {
            TurnKind.Message => WithText(activity, input),
            TurnKind.CardSubmit => activity with { Type = ActivityTypes.Message, Value = input.Value, ReplyToId = input.ReplyToId },
            TurnKind.CardAction => activity with
            {
                Type = ActivityTypes.Invoke,
                Name = InvokeNames.AdaptiveCardAction,
                ReplyToId = input.ReplyToId,
                Value = JsonSerializer.SerializeToElement(new JsonObject
                {
                    ["action"] = new JsonObject
                    {
                        ["type"] = "Action.Execute",
                        ["verb"] = input.Text,
                        ["data"] = input.Value is { } data ? JsonNode.Parse(data.GetRawText()) : new JsonObject(),
                    },
                }),
            },
            TurnKind.Installed => activity with
            {
                Type = ActivityTypes.ConversationUpdate,
                MembersAdded = [new ChannelAccount { Id = input.Conversation.BotId }],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Kind, "no activity carries this turn kind"),
        };
    }

    private static Activity Base(TurnInput input)
    {
        var address = input.Conversation;
        var channelData = new JsonObject();
        if (address.TenantId is not null)
        {
            channelData["tenant"] = new JsonObject { ["id"] = address.TenantId };
        }

        if (address.TeamId is not null)
        {
            channelData["team"] = new JsonObject { ["id"] = address.TeamId };
        }

        if (address.TeamsChannelId is not null)
        {
            channelData["channel"] = new JsonObject { ["id"] = address.TeamsChannelId };
        }

        return new Activity
        {
            Id = input.ActivityId,
            Timestamp = input.ReceivedAt,
            ChannelId = address.ChannelId,
            ServiceUrl = address.ServiceUrl,
            From = new ChannelAccount { Id = input.From.Id, AadObjectId = input.From.AadObjectId, Name = input.From.Name },
            Recipient = new ChannelAccount { Id = address.BotId, Name = address.BotName },
            Conversation = new ConversationAccount
            {
                Id = address.ConversationId,
                ConversationType = ConversationType(address.Kind),
                TenantId = address.TenantId,
                IsGroup = address.Kind == ConversationKind.Personal ? null : true,
            },
            ChannelData = JsonSerializer.SerializeToElement(channelData),
            Locale = input.Locale,
        };
    }

    private static Activity WithText(Activity activity, TurnInput input)
    {
        if (input.Conversation.Kind == ConversationKind.Personal)
        {
            return activity with { Type = ActivityTypes.Message, Text = input.Text };
        }

        // Outside 1:1 chats the bot only sees messages that @mention it.
        var mention = $"<at>{input.Conversation.BotName ?? "EngagementBot"}</at>";
        var entity = new Entity
        {
            Type = "mention",
            ExtensionData = new Dictionary<string, JsonElement>
            {
                ["text"] = JsonSerializer.SerializeToElement(mention),
                ["mentioned"] = JsonSerializer.SerializeToElement(new JsonObject { ["id"] = input.Conversation.BotId, ["name"] = input.Conversation.BotName }),
            },
        };
        return activity with { Type = ActivityTypes.Message, Text = $"{mention} {input.Text}", Entities = [entity] };
    }

    private static string ConversationType(ConversationKind kind) => kind switch
    {
        ConversationKind.Channel => "channel",
        ConversationKind.GroupChat => "groupChat",
        _ => "personal",
    };
}
