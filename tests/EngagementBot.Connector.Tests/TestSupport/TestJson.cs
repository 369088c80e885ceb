using System.Text.Json;

namespace EngagementBot.Connector.Tests.TestSupport;

public static class TestJson
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
