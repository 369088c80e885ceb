using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EngagementBot.Cards.Templating;

namespace EngagementBot.Cards;

/// <summary>
/// The card templates of one folder: every <c>&lt;id&gt;.json</c> (sample data files
/// <c>&lt;id&gt;.data.json</c> are skipped) is parsed and compiled once, when this is built, so a
/// broken template fails at start-up rather than mid-conversation. Rendering is thread safe.
/// </summary>
public sealed class CardTemplates : ICardTemplates
{
    private const string DataFileSuffix = ".data.json";

    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly FrozenDictionary<string, CardTemplate> _templates;

    private CardTemplates(string folder, FrozenDictionary<string, CardTemplate> templates)
    {
        Folder = folder;
        _templates = templates;
    }

    /// <summary>The folder the templates were loaded from.</summary>
    public string Folder { get; }

    public IReadOnlyCollection<string> Ids => _templates.Keys;

    /// <summary>Loads every template of <paramref name="folder"/>; throws <see cref="TemplateException"/> listing each broken one.</summary>
    public static CardTemplates Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var templates = new Dictionary<string, CardTemplate>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(DataFileSuffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = Path.GetFileNameWithoutExtension(name);
            try
            {
                templates[id] = CardTemplate.Parse(id, File.ReadAllText(file));
            }
            catch (TemplateException ex)
            {
                problems.Add(ex.Message);
            }
        }

        if (problems.Count > 0)
        {
            throw new TemplateException($"{problems.Count} card template(s) in '{folder}' could not be loaded:{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems));
        }

        return new CardTemplates(folder, templates.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The compiled template <paramref name="templateId"/>.</summary>
    public CardTemplate Get(string templateId)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        return _templates.TryGetValue(templateId, out var template)
            ? template
            : throw new KeyNotFoundException($"There is no card template '{templateId}' in '{Folder}'.");
    }

    public string Render(string templateId, JsonNode? data) => Get(templateId).Expand(data);

    public string Render(string templateId, JsonElement data) =>
        Get(templateId).Expand(data.ValueKind == JsonValueKind.Undefined ? null : JsonSerializer.SerializeToNode(data));

    public string Render(string templateId, object? data) => data switch
    {
        null => Render(templateId, (JsonNode?)null),
        JsonNode node => Render(templateId, node),
        JsonElement element => Render(templateId, element),
        _ => Render(templateId, JsonSerializer.SerializeToNode(data, data.GetType(), DataOptions)),
    };

    /// <summary>Serialises with the given (source-generated) metadata, then binds; no reflection.</summary>
    public string Render<T>(string templateId, T data, JsonTypeInfo<T> typeInfo) =>
        Render(templateId, JsonSerializer.SerializeToNode(data, typeInfo));
}
