using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EngagementBot.Dialogs.State;

/// <summary>
/// Reads and writes answers by path: <c>stepId</c>, or <c>stepId.key</c> inside the object a form,
/// pack questions, a child dialog or an action stored under the step id (deeper paths read only).
/// </summary>
internal static class AnswerStore
{
    public static JsonElement? Get(ImmutableDictionary<string, JsonElement> answers, string path)
    {
        var parts = path.Split('.');
        if (!answers.TryGetValue(parts[0], out var value))
        {
            return null;
        }

        foreach (var part in parts.Skip(1))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(part, out value))
            {
                return null;
            }
        }

        return value.ValueKind == JsonValueKind.Null ? null : value;
    }

    public static ImmutableDictionary<string, JsonElement> Set(ImmutableDictionary<string, JsonElement> answers, string path, JsonElement value)
    {
        var (root, key) = Split(path);
        if (key is null)
        {
            return answers.SetItem(root, value);
        }

        var obj = Object(answers, root);
        obj[key] = JsonSerializer.SerializeToNode(value);
        return answers.SetItem(root, JsonSerializer.SerializeToElement(obj));
    }

    public static ImmutableDictionary<string, JsonElement> Remove(ImmutableDictionary<string, JsonElement> answers, string path)
    {
        var (root, key) = Split(path);
        if (key is null)
        {
            return answers.Remove(root);
        }

        var obj = Object(answers, root);
        obj.Remove(key);
        return answers.SetItem(root, JsonSerializer.SerializeToElement(obj));
    }

    /// <summary>All answers as one JSON object (what a child dialog returns, what actions read).</summary>
    public static JsonElement ToElement(ImmutableDictionary<string, JsonElement> answers) => JsonSerializer.SerializeToElement(answers);

    private static (string Root, string? Key) Split(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (path, null) : (path[..dot], path[(dot + 1)..]);
    }

    private static JsonObject Object(ImmutableDictionary<string, JsonElement> answers, string root) =>
        answers.TryGetValue(root, out var existing) && existing.ValueKind == JsonValueKind.Object
            ? JsonObject.Create(existing)!.DeepClone().AsObject()
            : [];
}
