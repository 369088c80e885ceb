using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Connector.Activities;

/// <summary>
/// One Bot Framework activity, loosely typed: the fields the bot reads are properties, everything
/// else is kept in <see cref="ExtensionData"/> so it survives a round trip untouched.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public string? TopicName { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? Speak { get; init; }

    public string? InputHint { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    /// <summary>For <c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>…</summary>
    public string? Action { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>For <c>invoke</c> and <c>event</c>: what is being invoked, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    public JsonElement? Value { get; init; }

    public string? ValueType { get; init; }

    public string? Label { get; init; }

    public string? Code { get; init; }

    public JsonElement? RelatesTo { get; init; }

    public string? CallerId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
