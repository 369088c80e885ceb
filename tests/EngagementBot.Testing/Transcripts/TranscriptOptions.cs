using System.Text.Json.Nodes;

namespace EngagementBot.Testing.Transcripts;

/// <summary>How a transcript reads cards.</summary>
public sealed record TranscriptOptions
{
    /// <summary>
    /// Which template a card reply came from, for <c>BotSendsCard(template: …)</c>. The default reads
    /// a top-level <c>template</c> string (what test card renderers emit); a target over the real
    /// cards binder can supply its own.
    /// </summary>
    public Func<JsonNode, string?> TemplateOf { get; init; } = card => (card as JsonObject)?["template"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
}
