using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementBot.Dialogs.State;

/// <summary>The JSON shape of <see cref="DialogState"/> in the dialog state store.</summary>
internal static class DialogStateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(DialogState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>Null when the stored JSON cannot be read (an older or damaged shape).</summary>
    public static DialogState? TryDeserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DialogState>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
