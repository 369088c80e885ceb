using System.Text.Json;
using EngagementBot.Cards.Templating.Expressions;

namespace EngagementBot.Cards.Templating.Nodes;

/// <summary>
/// A compiled piece of a template. A node can expand to nothing, one value or several values, so
/// it writes itself differently depending on where it sits, exactly as the official engine places
/// its results: as a property (nothing → property left out), as array items (arrays flatten,
/// nulls drop) or as the whole document.
/// </summary>
internal abstract class TemplateNode(string path)
{
    /// <summary>The JSON path of the node in its template, for error messages.</summary>
    public string Path { get; } = path;

    public abstract void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, in Scope scope);

    public abstract void WriteItems(Utf8JsonWriter writer, in Scope scope);

    public abstract void WriteRoot(Utf8JsonWriter writer, in Scope scope);
}
