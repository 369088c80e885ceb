using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating;
using EngagementBot.Cards.Tests.Support;

namespace EngagementBot.Cards.Tests.Templating;

public sealed class CardTemplateTests
{
    private static string Expand(string template, string? data = "{}") =>
        CardTemplate.Parse("test", template).Expand(data is null ? null : JsonNode.Parse(data));

    // Paths

    [Fact]
    public void Expand_PropertyPaths_ResolveDotsIndexesAndScopes()
    {
        var json = Expand(
            """{"a":"${case.ref}","b":"${items[1].name}","c":"${items[0]['name']}","d":"${$root.case.ref}","e":"${$data.items[0].name}"}""",
            """{"case":{"ref":"C-1"},"items":[{"name":"x"},{"name":"y"}]}""");
        JsonAssert.Equal("""{"a":"C-1","b":"y","c":"x","d":"C-1","e":"x"}""", json);
    }

    [Fact]
    public void Expand_PropertyNames_MatchCaseInsensitively()
    {
        JsonAssert.Equal("""{"a":"v"}""", Expand("""{"a":"${CaseRef}"}""", """{"caseref":"v"}"""));
    }

    // Type preservation

    [Fact]
    public void Expand_WholeStringBinding_KeepsTheJsonType()
    {
        var json = Expand(
            """{"n":"${count}","b":"${flag}","o":"${obj}","a":"${list}","z":"${nothing}"}""",
            """{"count":3,"flag":true,"obj":{"k":[1]},"list":["a",2],"nothing":null}""");
        JsonAssert.Equal("""{"n":3,"b":true,"o":{"k":[1]},"a":["a",2],"z":null}""", json);
    }

    [Fact]
    public void Expand_WholeStringLiteral_IsAString()
    {
        JsonAssert.Equal("""{"a":"true","b":"1.5"}""", Expand("""{"a":"${true}","b":"${1.50}"}"""));
    }

    [Fact]
    public void Expand_Interpolation_ConvertsLikeJavaScript()
    {
        var json = Expand(
            """{"t":"n=${n} f=${f} b=${b} a=${a} o=${o} big=${big} small=${small}"}""",
            """{"n":3,"f":1.5,"b":false,"a":[1,null,"x"],"o":{"k":1},"big":1e21,"small":1e-7}""");
        JsonAssert.Equal("""{"t":"n=3 f=1.5 b=false a=1,,x o=[object Object] big=1e+21 small=1e-7"}""", json);
    }

    // Missing properties

    [Fact]
    public void Expand_MissingWholeString_LeavesTheBindingText()
    {
        JsonAssert.Equal("""{"a":"${missing}","b":"${a.b.c}"}""", Expand("""{"a":"${missing}","b":"${a.b.c}"}""", """{"a":{"b":"s"}}"""));
    }

    [Fact]
    public void Expand_MissingInsideLargerString_LeavesTheBindingText()
    {
        JsonAssert.Equal("""{"a":"Hi ${name}, ${$root.x[2].y}"}""", Expand("""{"a":"Hi ${name}, ${$root.x[2].y}"}""", """{"x":[]}"""));
    }

    [Fact]
    public void Expand_NoData_LeavesEveryBindingText()
    {
        JsonAssert.Equal("""{"a":"${x}","b":"${$index}"}""", Expand("""{"a":"${x}","b":"${$index}"}""", data: null));
    }

    [Fact]
    public void Expand_NullInsideLargerString_Throws()
    {
        var ex = Assert.Throws<TemplateException>(() => Expand("""{"a":"Hi ${name}"}""", """{"name":null}"""));
        Assert.Contains("$.a", ex.Message, StringComparison.Ordinal);
        Assert.Contains("${name}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_IfExistsElseUndefined_LeavesThePropertyOut()
    {
        var json = Expand("""{"p":"${if(exists(p), p, undefined)}","q":"${if(exists(q), q, undefined)}"}""", """{"q":"x"}""");
        JsonAssert.Equal("""{"q":"x"}""", json);
    }

    [Fact]
    public void Expand_FailingBindingInsideLargerString_IsKeptAsText()
    {
        JsonAssert.Equal("""{"a":"q ${xs[9]} ${(1 < 'a')}"}""", Expand("""{"a":"q ${xs[9]} ${1 < 'a'}"}""", """{"xs":[1]}"""));
    }

    [Fact]
    public void Expand_FailingWholeStringBinding_ThrowsWithoutData()
    {
        var ex = Assert.Throws<TemplateException>(() => Expand("""{"a":"${secret[9]}"}""", """{"secret":["do-not-log"]}"""));
        Assert.DoesNotContain("do-not-log", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'test'", ex.Message, StringComparison.Ordinal);
    }

    // $data and $index

    [Fact]
    public void Expand_DataArray_RepeatsTheElementWithIndex()
    {
        var json = Expand(
            """{"body":[{"type":"T","$data":"${facts}","text":"${$index}. ${label} (${$root.case})"}]}""",
            """{"case":"C-1","facts":[{"label":"a"},{"label":"b"}]}""");
        JsonAssert.Equal("""{"body":[{"type":"T","text":"0. a (C-1)"},{"type":"T","text":"1. b (C-1)"}]}""", json);
    }

    [Fact]
    public void Expand_DataObject_RebindsTheScope()
    {
        JsonAssert.Equal("""{"x":{"v":"in"}}""", Expand("""{"x":{"$data":"${inner}","v":"${name}"}}""", """{"inner":{"name":"in"},"name":"out"}"""));
    }

    [Fact]
    public void Expand_DataEmptyArray_DropsTheElementOrGivesNull()
    {
        var json = Expand("""{"body":[{"$data":"${xs}","t":1},{"t":2}],"p":{"$data":"${xs}","t":3}}""", """{"xs":[]}""");
        JsonAssert.Equal("""{"body":[{"t":2}],"p":null}""", json);
    }

    [Fact]
    public void Expand_NestedRepeats_IndexIsTheInnermost()
    {
        var json = Expand(
            """{"rows":[{"$data":"${rows}","cells":[{"$data":"${cells}","v":"${$index}"}],"row":"${$index}"}]}""",
            """{"rows":[{"cells":["a","b"]},{"cells":["c"]}]}""");
        JsonAssert.Equal("""{"rows":[{"cells":[{"v":0},{"v":1}],"row":0},{"cells":[{"v":0}],"row":1}]}""", json);
    }

    [Fact]
    public void Expand_ReservedKeys_AreNotWritten()
    {
        JsonAssert.Equal("""{"$schema":"s","a":1}""", Expand("""{"$schema":"s","$when":"${true == true}","$data":"${$root}","$index":1,"a":1}"""));
    }

    // $when

    [Fact]
    public void Expand_When_KeepsOnlyBooleanTrue()
    {
        var json = Expand(
            """{"body":[{"t":"eq","$when":"${kind == 'text'}"},{"t":"ne","$when":"${kind != 'text'}"},{"t":"str","$when":"${kind}"},{"t":"missing","$when":"${missing}"},{"t":"not-missing","$when":"${!missing}"}]}""",
            """{"kind":"text"}""");
        JsonAssert.Equal("""{"body":[{"t":"eq"},{"t":"not-missing"}]}""", json);
    }

    [Fact]
    public void Expand_WhenWithLogicAndComparisons_Works()
    {
        var json = Expand(
            """{"body":[{"t":"a","$when":"${n > 1 && (s == 'x' || !flag)}"},{"t":"b","$when":"${n <= 1 || flag}"},{"t":"c","$when":"${'a' < s}"}]}""",
            """{"n":2,"s":"x","flag":false}""");
        JsonAssert.Equal("""{"body":[{"t":"a"},{"t":"c"}]}""", json);
    }

    [Fact]
    public void Expand_WhenFalseAsProperty_GivesNull()
    {
        JsonAssert.Equal("""{"p":null}""", Expand("""{"p":{"$when":"${false == true}","v":1}}"""));
    }

    // Functions

    [Fact]
    public void Expand_If_UsesLogicTruthiness()
    {
        var json = Expand("""{"a":"${if(zero, 'y', 'n')}","b":"${if(nul, 'y', 'n')}","c":"${if(missing, 'y', 'n')}"}""", """{"zero":0,"nul":null}""");
        JsonAssert.Equal("""{"a":"y","b":"n","c":"n"}""", json);
    }

    [Fact]
    public void Expand_CountEmptyExists_Work()
    {
        var json = Expand(
            """{"a":"${count(xs)}","b":"${count(s)}","c":"${empty(xs)}","d":"${empty(none)}","e":"${exists(xs)}","f":"${exists(missing)}","g":"${count(missing)}"}""",
            """{"xs":[1,2],"s":"abc","none":[]}""");
        JsonAssert.Equal("""{"a":2,"b":3,"c":false,"d":true,"e":true,"f":false,"g":10}""", json);
    }

    [Fact]
    public void Expand_Join_WithAndWithoutLastSeparator()
    {
        var json = Expand("""{"a":"${join(xs, ', ')}","b":"${join(xs, ', ', ' and ')}","c":"${join(two, ', ', ' and ')}"}""", """{"xs":["a","b","c"],"two":["a","b"]}""");
        JsonAssert.Equal("""{"a":"a, b, c","b":"a, b and c","c":"a and b"}""", json);
    }

    // Strings and arrays

    [Fact]
    public void Expand_EscapedDollar_IsLiteral()
    {
        JsonAssert.Equal("""{"a":"${x} costs $5"}""", Expand("""{"a":"\\${x} costs $5"}""", """{"x":1}"""));
    }

    [Fact]
    public void Expand_ArrayResultInsideArray_IsSplicedAndNullsDropped()
    {
        JsonAssert.Equal("""{"a":[0,1,2,3]}""", Expand("""{"a":[0,"${xs}",null,"${nul}",[3]]}""", """{"xs":[1,2],"nul":null}"""));
    }

    [Fact]
    public void Expand_DataValueLookingLikeABinding_IsNotEvaluated()
    {
        JsonAssert.Equal("""{"a":"${$root.secret}"}""", Expand("""{"a":"${text}"}""", """{"text":"${$root.secret}","secret":"s"}"""));
    }

    [Fact]
    public void Expand_UserTextWithQuotesAndNewlines_StaysValidJson()
    {
        var text = "He said \"stop\" \\ </script>\nthen left";
        var json = Expand("""{"a":"${text}","b":"Note: ${text}"}""", new JsonObject { ["text"] = text }.ToJsonString());
        var card = JsonNode.Parse(json)!;
        Assert.Equal(text, card["a"]!.GetValue<string>());
        Assert.Equal("Note: " + text, card["b"]!.GetValue<string>());
    }

    [Fact]
    public void Expand_JsonBuiltFromDotNetValues_BindsLikeParsedJson()
    {
        var data = new JsonObject
        {
            ["n"] = 3,
            ["m"] = 2.5m,
            ["when"] = new DateTime(2025, 5, 14, 14, 0, 0, DateTimeKind.Utc),
            ["ok"] = true,
            ["id"] = Guid.Empty,
        };
        var json = Expand("""{"n":"${n}","t":"${n} ${m} ${when} ${ok} ${id}","big":"${n > 2 && m < 3}"}""", data.ToJsonString());
        var direct = CardTemplate.Parse("t", """{"n":"${n}","t":"${n} ${m} ${when} ${ok} ${id}","big":"${n > 2 && m < 3}"}""").Expand(data);
        const string expected = """{"n":3,"t":"3 2.5 2025-05-14T14:00:00Z true 00000000-0000-0000-0000-000000000000","big":true}""";
        JsonAssert.Equal(expected, json);
        JsonAssert.Equal(expected, direct);
    }

    [Fact]
    public void Expand_StaticTemplate_IsCopiedAsIs()
    {
        const string template = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi","wrap":true}],"n":1.50}""";
        JsonAssert.Equal(template, Expand(template));
    }

    [Fact]
    public void Expand_SameTemplateManyTimes_IsStable()
    {
        var template = CardTemplate.Parse("t", """{"body":[{"$data":"${xs}","v":"${$data}"}]}""");
        var results = Enumerable.Range(0, 200).AsParallel()
            .Select(i => template.Expand(new JsonObject { ["xs"] = new JsonArray(i, i + 1) }))
            .ToList();
        Assert.All(results.Select((json, i) => (json, i)), r =>
            Assert.Equal(2, JsonNode.Parse(r.json)!["body"]!.AsArray().Count));
    }

    // Load-time rejection of everything outside the subset

    [Theory]
    [InlineData("""{"a":"${formatDateTime(d)}"}""", "function 'formatDateTime'")]
    [InlineData("""{"a":"${a + 1}"}""", "'+'")]
    [InlineData("""{"a":"${count(a, b)}"}""", "count() does not take 2")]
    [InlineData("""{"a":"${$host.x}"}""", "'$host'")]
    [InlineData("""{"a":"${a ==}"}""", "ends too early")]
    [InlineData("""{"a":"`${a}`"}""", "backtick")]
    [InlineData("""{"a":"${ {\"k\":1} }"}""", "object literals")]
    [InlineData("""{"a":"${count(a).b}"}""", "only a property path")]
    [InlineData("""{"$data":"x ${a}"}""", "$data must be a single")]
    [InlineData("""{"a":"${a} \\"}""", "backslash")]
    [InlineData("""{"a": """, "not valid JSON")]
    public void Parse_OutsideTheSubset_ThrowsTemplateException(string template, string expected)
    {
        var ex = Assert.Throws<TemplateException>(() => CardTemplate.Parse("bad", template));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'bad'", ex.Message, StringComparison.Ordinal);
    }
}
