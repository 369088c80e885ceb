using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Loading;

/// <summary>
/// Reads a pack document into <see cref="ProcedurePack"/>. Strict on purpose: a missing required member,
/// a null where the model says non-null, or a member the model does not know is an error, so the C#
/// model cannot drift from the schema unnoticed.
/// </summary>
public static class PackJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static ProcedurePack Read(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<ProcedurePack>(json, Options)
                ?? throw new InvalidDataException($"{origin}: the pack is null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: {e.Message}", e);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
