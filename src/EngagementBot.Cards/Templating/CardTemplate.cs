using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating.Expressions;
using EngagementBot.Cards.Templating.Nodes;

namespace EngagementBot.Cards.Templating;

/// <summary>
/// One Adaptive Card template, parsed and compiled once, bound to data many times (thread safe).
/// The binding language is the subset of the Adaptive Cards Templating language described in
/// cards/README.md, with the official JavaScript engine's behaviour.
/// </summary>
public sealed class CardTemplate
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly TemplateNode _root;

    private CardTemplate(string id, TemplateNode root)
    {
        Id = id;
        _root = root;
    }

    public string Id { get; }

    /// <summary>Parses and compiles template JSON; throws <see cref="TemplateException"/> when it is invalid.</summary>
    public static CardTemplate Parse(string id, string json)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new TemplateException($"Card template '{id}' is not valid JSON (line {ex.LineNumber + 1}).", ex);
        }

        try
        {
            return new CardTemplate(id, TemplateCompiler.Compile(node));
        }
        catch (TemplateException ex)
        {
            throw new TemplateException($"Card template '{id}': {ex.Message}", ex);
        }
    }

    /// <summary>Binds the template to <paramref name="data"/> (null: no data) and returns the card JSON.</summary>
    public string Expand(JsonNode? data)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, CardJson.WriterOptions);
        writer.Reset(buffer);
        WriteTo(writer, data);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Binds the template to <paramref name="data"/> and writes the card into <paramref name="writer"/>.</summary>
    public void WriteTo(Utf8JsonWriter writer, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var root = data is null ? Value.Undefined : Value.FromNode(data);
        try
        {
            _root.WriteRoot(writer, Scope.ForRoot(root));
        }
        catch (TemplateException ex)
        {
            throw new TemplateException($"Card template '{Id}': {ex.Message}", ex);
        }
    }
}
