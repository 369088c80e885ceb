using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.Definitions;

/// <summary>
/// Reads dialog definitions (<c>*.json</c> in the dialogs folder, except <c>*.schema.json</c>),
/// checks them, and builds the catalog. Every problem names its file and step; nothing half-valid loads.
/// </summary>
public static class DialogDefinitionLoader
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static DialogCatalog LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DialogDefinitionException($"dialogs folder not found: {directory}");
        }

        var folder = new DirectoryInfo(directory).Name;
        var sources = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Source: $"{folder}/{Path.GetFileName(f)}", Json: File.ReadAllText(f)));
        return Load(sources);
    }

    /// <summary>Loads definitions given as (source name, JSON text) pairs.</summary>
    public static DialogCatalog Load(IEnumerable<(string Source, string Json)> sources)
    {
        var problems = new List<string>();
        var dialogs = new List<LoadedDialog>();
        foreach (var (source, json) in sources)
        {
            var loaded = Parse(source, json, problems);
            if (loaded is not null)
            {
                dialogs.Add(loaded);
            }
        }

        if (problems.Count == 0)
        {
            CatalogValidator.Validate(dialogs, problems);
        }

        return problems.Count > 0 ? throw new DialogDefinitionException(problems) : new DialogCatalog(dialogs);
    }

    private static LoadedDialog? Parse(string source, string json, List<string> problems)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add($"{source}: not valid JSON ({ex.Message})");
            return null;
        }

        if (node is not JsonObject root)
        {
            problems.Add($"{source}: a definition is a JSON object");
            return null;
        }

        var before = problems.Count;
        StructureValidator.Validate(source, root, problems);
        if (problems.Count > before)
        {
            return null;
        }

        DialogDefinition definition;
        try
        {
            definition = root.Deserialize<DialogDefinition>(Json) ?? throw new JsonException("empty definition");
        }
        catch (JsonException ex)
        {
            problems.Add($"{source}: {ex.Path ?? "$"}: {ex.Message}");
            return null;
        }

        DefinitionValidator.Validate(source, definition, problems);
        return problems.Count > before ? null : new LoadedDialog(definition, CanonicalJson.Sha256(root), source);
    }
}
