using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EngagementBot.Cards.Templating;

/// <summary>
/// How card JSON is written: compact, every Unicode letter as itself (Welsh and other languages stay
/// readable and small), while characters that matter to HTML (&lt; &gt; &amp; ' ") are still escaped.
/// </summary>
internal static class CardJson
{
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    public static JsonSerializerOptions SerializerOptions { get; } = new() { Encoder = Encoder };
}
