using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// What the bot says to ask a question: plain text (a JSON string), or a card template id with
/// data. The text may name earlier answers as <c>{stepId}</c> or <c>{stepId.field}</c>.
/// </summary>
[JsonConverter(typeof(PromptDefinitionConverter))]
public sealed record PromptDefinition
{
    public string? Text { get; init; }

    /// <summary>Card template id (e.g. <c>prompt-choice</c>); the engine adds the question and choices to the data.</summary>
    public string? Card { get; init; }

    /// <summary>Extra template data, merged over what the engine supplies.</summary>
    public JsonElement? Data { get; init; }
}

/// <summary>Reads a prompt written either as <c>"text"</c> or as <c>{ "text", "card", "data" }</c>.</summary>
internal sealed class PromptDefinitionConverter : JsonConverter<PromptDefinition>
{
    public override PromptDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new PromptDefinition { Text = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a prompt is a string or an object with text, card and data");
        }

        string? text = null, card = null;
        JsonElement? data = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "text":
                    text = reader.GetString();
                    break;
                case "card":
                    card = reader.GetString();
                    break;
                case "data":
                    data = JsonElement.ParseValue(ref reader);
                    break;
                default:
                    throw new JsonException($"unknown prompt property '{name}' (expected text, card, data)");
            }
        }

        return new PromptDefinition { Text = text, Card = card, Data = data };
    }

    public override void Write(Utf8JsonWriter writer, PromptDefinition value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Text is not null)
        {
            writer.WriteString("text", value.Text);
        }

        if (value.Card is not null)
        {
            writer.WriteString("card", value.Card);
        }

        if (value.Data is { } data)
        {
            writer.WritePropertyName("data");
            data.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
