using System.Text.Json;
using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Engine;

/// <summary>
/// Names the card a question was asked with (<c>dialogId.path</c>): sent as a choice card's
/// <c>prompt</c> and a form card's <c>form</c>, and carried back in their submits, so a press on a
/// card of an earlier question is recognised instead of being taken as the current answer.
/// </summary>
internal static class CardIds
{
    public static string For(LoadedDialog dialog, string path) => $"{dialog.Id}.{path}";

    /// <summary>The card id a submit carries (<c>prompt</c> or <c>form</c>), if any.</summary>
    public static string? Of(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        foreach (var key in new[] { "prompt", "form" })
        {
            if (data.TryGetProperty(key, out var id) && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }
        }

        return null;
    }
}
