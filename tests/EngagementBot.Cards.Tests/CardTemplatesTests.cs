using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EngagementBot.Cards.Templating;
using EngagementBot.Cards.Tests.Support;

namespace EngagementBot.Cards.Tests;

public sealed partial class CardTemplatesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eb-cards-" + Guid.NewGuid().ToString("N"));

    public CardTemplatesTests()
    {
        Directory.CreateDirectory(_folder);
        Write("hello.json", """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi ${name}","$when":"${exists(name)}"},{"type":"TextBlock","text":"${caseRef}"}]}""");
        Write("hello.data.json", """{"this file":"is sample data, not a template ${"}""");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_Folder_CompilesTemplatesAndSkipsSampleData()
    {
        var templates = CardTemplates.Load(_folder);
        Assert.Equal(["hello"], templates.Ids);
        Assert.Equal(_folder, templates.Folder);
    }

    [Fact]
    public void Get_SameIdTwice_ReturnsTheCachedTemplate()
    {
        var templates = CardTemplates.Load(_folder);
        Assert.Same(templates.Get("hello"), templates.Get("hello"));
    }

    [Fact]
    public void Render_UnknownId_ThrowsKeyNotFound()
    {
        var templates = CardTemplates.Load(_folder);
        Assert.Throws<KeyNotFoundException>(() => templates.Render("nope", (JsonNode?)null));
    }

    [Fact]
    public void Load_BrokenTemplates_ThrowsNamingEachOne()
    {
        Write("bad-json.json", "{");
        Write("bad-expression.json", """{"a":"${formatDateTime(x)}"}""");
        var ex = Assert.Throws<TemplateException>(() => CardTemplates.Load(_folder));
        Assert.Contains("2 card template(s)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'bad-json'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'bad-expression'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JsonNodeElementAndObject_GiveTheSameCard()
    {
        var templates = CardTemplates.Load(_folder);
        var fromNode = templates.Render("hello", new JsonObject { ["name"] = "Sam", ["caseRef"] = "C-1" });
        var fromElement = templates.Render("hello", JsonDocument.Parse("""{"name":"Sam","caseRef":"C-1"}""").RootElement);
        var fromObject = templates.Render("hello", (object)new Visit("Sam", "C-1"));
        var fromTypeInfo = templates.Render("hello", new Visit("Sam", "C-1"), TestJsonContext.Default.Visit);
        const string expected = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi Sam"},{"type":"TextBlock","text":"C-1"}]}""";
        JsonAssert.Equal(expected, fromNode);
        JsonAssert.Equal(expected, fromElement);
        JsonAssert.Equal(expected, fromObject);
        JsonAssert.Equal(expected, fromTypeInfo);
    }

    [Fact]
    public void Render_ObjectWithNullProperty_TreatsItAsMissing()
    {
        var templates = CardTemplates.Load(_folder);
        var json = templates.Render("hello", (object)new Visit(null, "C-1"));
        JsonAssert.Equal("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"C-1"}]}""", json);
    }

    [Fact]
    public void Render_NonAsciiText_IsWrittenAsItselfAndHtmlCharactersEscaped()
    {
        var templates = CardTemplates.Load(_folder);
        var json = templates.Render("hello", new JsonObject { ["name"] = "Siân <b>", ["caseRef"] = "Ŵ" });
        Assert.Contains("Siân \\u003Cb\\u003E", json, StringComparison.Ordinal);
        Assert.Contains("\"Ŵ\"", json, StringComparison.Ordinal);
    }

    private void Write(string name, string content) => File.WriteAllText(Path.Combine(_folder, name), content);

    internal sealed record Visit(string? Name, string CaseRef);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(Visit))]
    internal sealed partial class TestJsonContext : JsonSerializerContext;
}
