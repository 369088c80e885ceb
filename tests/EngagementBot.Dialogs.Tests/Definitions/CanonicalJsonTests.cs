using System.Text.Json.Nodes;
using EngagementBot.Dialogs.Definitions;

namespace EngagementBot.Dialogs.Tests.Definitions;

public class CanonicalJsonTests
{
    [Fact]
    public void Write_NestedObjects_SortsKeysAndDropsWhitespace() =>
        Assert.Equal("""{"a":[{"x":1,"y":true}],"b":"\u00E9"}""", CanonicalJson.Write(JsonNode.Parse("""{ "b": "é", "a": [ { "y": true, "x": 1 } ] }""")));

    [Fact]
    public void Sha256_KnownInput_IsLowerHexOfUtf8()
    {
        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", CanonicalJson.Sha256(JsonNode.Parse("""{}""")));
    }
}
