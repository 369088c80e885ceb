namespace EngagementBot.Cards.Tests.Templating;

/// <summary>
/// Small templates that pin down the binder's behaviour against the official engine: each is
/// expanded by both and must give the same JSON, or fail in both. Data null means "no data".
/// </summary>
internal static class ParityCases
{
    public static IReadOnlyDictionary<string, (string Template, string? Data)> All { get; } =
        new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
        {
            // Missing properties
            ["missing/whole-string"] = ("""{"a":"${missing}"}""", "{}"),
            ["missing/in-larger-string"] = ("""{"a":"Hi ${missing} there"}""", "{}"),
            ["missing/nested"] = ("""{"a":"${a.b.c}","b":"${a.b}","c":"${a.x.y}"}""", """{"a":{"b":"str"}}"""),
            ["missing/index-then-name"] = ("""{"a":"${xs[5].b}","b":"q ${xs[5]}"}""", """{"xs":[1]}"""),
            ["missing/no-data"] = ("""{"a":"${x}","b":"x ${$root.y}","c":"${$index}"}""", null),
            ["missing/null-then-name"] = ("""{"a":"${y.z}","b":"x ${y.z}"}""", """{"y":null}"""),
            ["missing/property-of-primitive"] = ("""{"a":"${o.a.b}","b":"${z.a}","c":"${e.a}","d":"${t.a}","e":"${s.length}"}""", """{"o":{"a":null},"z":0,"e":"","t":true,"s":"abc"}"""),
            ["missing/when"] = ("""{"body":[{"t":"A","$when":"${missing}"},{"t":"B","$when":"${missing == null}"},{"t":"C","$when":"${!missing}"},{"t":"D","$when":"${exists(missing)}"},{"t":"E","$when":"${missing.x != 1}"}]}""", "{}"),
            ["missing/data"] = ("""{"body":{"t":"T","$data":"${missing}","v":"${name}"}}""", "{}"),
            ["missing/functions"] = ("""{"a":"${count(items)}","b":"${empty(items)}","c":"${exists(items)}","d":"${if(items, 'y', 'n')}","e":"x ${join(items, ',')}"}""", "{}"),

            // Types
            ["types/whole-string"] = ("""{"n":"${n}","o":"${o}","a":"${arr}","f":"${f}","b":"${b}","z":"${z}","s":"${s}"}""", """{"n":3,"o":{"p":1},"arr":[1,"a"],"f":1.5,"b":false,"z":null,"s":"x"}"""),
            ["types/interpolated"] = ("""{"n":"x${n}","o":"x${o}","a":"x${arr}","f":"x${f}","b":"${b}${t}","nested":"x${deep}"}""", """{"n":3,"o":{"p":1},"arr":[1,"a"],"f":1.5,"b":false,"t":true,"deep":[[1,2],null,"a",{"b":1},true]}"""),
            ["types/literal-bindings"] = ("""{"a":"${true}","b":"${'s'}","c":"${\"d\"}","e":"${1.50}","f":"${(2)}","g":"${!true}"}""", "{}"),
            ["types/numbers"] = ("""{"a":"${a} ${b} ${c} ${d} ${e} ${f} ${g} ${h} ${i}","w":"${a}"}""", """{"a":1e21,"b":123456789012,"c":0.000001,"d":1e-7,"e":-0.5,"f":1.5e300,"g":100,"h":0.1,"i":9007199254740993}"""),

            // Paths
            ["paths/scopes"] = ("""{"a":"${$root.x}","b":"${$data.x}","c":"${$ROOT.x}","d":"${$Data}"}""", """{"x":1}"""),
            ["paths/case-insensitive"] = ("""{"a":"${X.Y}","b":"${O}","c":"${o.K}"}""", """{"x":{"y":"ci"},"o":{"k":1,"K":2},"O":3}"""),
            ["paths/indexes"] = ("""{"a":"${xs[0]}","b":"${xs[1].n}","c":"${o['k']}","d":"${xs[i]}","e":"${o[key]}","f":"${xs['1'].n}","g":"${o[\"k\"]}"}""", """{"xs":["a",{"n":2}],"o":{"k":"v"},"i":1,"key":"k"}"""),
            ["paths/index-null"] = ("""{"a":"${x[0]}","arr":["${x[0]}","${if(false, 1, undefined)}"]}""", """{"x":null}"""),
            ["paths/index-errors-in-larger-string"] = ("""{"a":"q ${x[0]}","b":"q ${xs[9]}","c":"q ${s[1]}","d":"q ${o[missing]}"}""", """{"xs":[1],"s":"abc","o":{}}"""),

            // $data, $index
            ["data/repeat-with-index-and-root"] = ("""{"body":[{"t":"T","$data":"${items}","text":"${$index}: ${name} ${$root.t}"}]}""", """{"items":[{"name":"a"},{"name":"b"}],"t":"R"}"""),
            ["data/repeat-single-item"] = ("""{"body":[{"$data":"${items}","text":"${name}"}]}""", """{"items":[{"name":"a"}]}"""),
            ["data/repeat-as-property"] = ("""{"one":{"$data":"${one}","v":"${$data}"},"two":{"$data":"${two}","v":"${$data}"},"none":{"$data":"${none}","v":1}}""", """{"one":["a"],"two":["a","b"],"none":[]}"""),
            ["data/nested-repeats"] = ("""{"arr":[{"$data":"${xs}","v":"${$data}","inner":[{"$data":"${$root.ys}","i":"${$index}","outer":"${$root.xs[0]}"}],"idx":"${$index}"}]}""", """{"xs":["a","b"],"ys":[1,2]}"""),
            ["data/object-keeps-index"] = ("""{"arr":[{"$data":"${xs}","inner":{"$data":"${$root.o}","v":"${$index}","k":"${k}"}}]}""", """{"xs":[1,2],"o":{"k":1}}"""),
            ["data/literal"] = ("""{"a":[{"$data":[{"k":1},{"k":2}],"v":"${k}"}],"b":{"$data":{"k":3},"v":"${k}"},"c":{"$data":"plain","v":"${$data}"}}""", "{}"),
            ["data/primitive-items"] = ("""{"arr":[{"$data":"${xs}","v":"${$data}","i":"${$index}"}]}""", """{"xs":[null,1,[2,3],"s"]}"""),
            ["data/root-array"] = ("""{"$data":"${xs}","v":"${$data}"}""", """{"xs":[1,2]}"""),

            // $when
            ["when/expressions"] = ("""{"body":[{"t":"W","$when":"${name}"},{"t":"X","$when":"${name == 'bob'}"},{"t":"Y","$when":"${true}"},{"t":"Z","$when":"${name} "}]}""", """{"name":"bob"}"""),
            ["when/literals"] = ("""{"a":{"$when":true,"v":1},"b":{"$when":false,"v":2},"c":{"$when":"x","v":3},"d":{"$when":"","v":4},"e":{"$when":0,"v":5},"f":{"$when":null,"v":6}}""", "{}"),
            ["when/with-repeat"] = ("""{"arr":[{"$data":"${xs}","$when":"${$index > 0}","v":"${$data}"}]}""", """{"xs":["a","b","c"]}"""),
            ["when/after-rebinding"] = ("""{"t":{"$data":"${obj}","$when":"${k == 1}","v":"${k}"},"u":{"$data":"${obj}","$when":"${k == 2}","v":"${k}"}}""", """{"obj":{"k":1}}"""),
            ["when/root-false"] = ("""{"$when":"${false}","a":1}""", "{}"),

            // Operators
            ["operators/equality"] = ("""{"a":"${x == 1}","b":"${x == '1'}","c":"${o == o2}","d":"${arr == arr2}","e":"${x != 2}","f":"${'a' == 'A'}","g":"${1 == 1.0}","h":"${n == m}","i":"${x[9] != 1}"}""", """{"x":1,"o":{"a":1,"b":[1]},"o2":{"b":[1],"a":1},"arr":[1,{"a":null}],"arr2":[1,{"a":null}]}"""),
            ["operators/ordering"] = ("""{"a":"${a < 2}","b":"${a <= 1}","c":"${a > 1}","d":"${a >= 2}","e":"${'a' < 'b'}","f":"${'B' < 'a'}","g":"${a > missing}","h":"z ${a < 'x'}","i":"${!(a < 'x')}"}""", """{"a":1}"""),
            ["operators/logic-and-truthiness"] = ("""{"a":"${t && f || t}","b":"${t || f && f}","c":"${!t || f}","d":"${!!t}","e":"${0 && true}","f":"${'' || false}","g":"${null || missing}","h":"${!0}"}""", """{"t":true,"f":false}"""),
            ["operators/precedence"] = ("""{"a":"${!a == b}","b":"${a && b || c}","c":"${b || b && c}","d":"${(a || b) && c}","e":"${!b && a}"}""", """{"a":true,"b":false,"c":true}"""),
            ["operators/or-returns-last-operand"] = ("""{"a":"${null || missing}","b":"${false || nul}","c":"${f || 'x'}","d":"${f || 1 < 'a'}","arr":["${null || missing}"]}""", """{"f":false,"nul":null}"""),

            // Functions
            ["functions/if"] = ("""{"a":"${if(z, 'y', 'n')}","b":"${if(f, 'y', 'n')}","c":"${if(e, 'y', 'n')}","d":"${if(nul, 'y', 'n')}","e":"${if(true, missing, 'n')}","f":"${if(exists(p), p, undefined)}","g":"${if(t, o, 1)}"}""", """{"z":0,"f":false,"e":"","nul":null,"t":true,"o":{"k":[1]}}"""),
            ["functions/count"] = ("""{"a":"${count(o)}","b":"${count(s)}","c":"${count(xs)}","d":"${count(missing)}","e":"${count(xs) > 1}","f":"q ${count(n)}"}""", """{"o":{"a":1,"b":2},"s":"abc","xs":[1,2,3],"n":5}"""),
            ["functions/empty-exists"] = ("""{"a":"${empty(s)}","b":"${empty(a)}","c":"${empty(o)}","d":"${empty(n)}","e":"${empty(nul)}","f":"${exists(nul)}","g":"${exists(n)}","h":"${empty(full)}","i":"${exists(f)}"}""", """{"s":"","a":[],"o":{},"n":0,"nul":null,"full":[1],"f":false}"""),
            ["functions/join"] = ("""{"a":"${join(xs, '-')}","b":"${join(xs, ', ', ' and ')}","c":"${join(ys, ', ', ' and ')}","d":"${join(ns, '+')}","e":"${join(os, ',')}","f":"${join(nl, ',')}","g":"${join(one, ',', ' & ')}","h":"${join(none, ',')}","i":"${join(nl3, ', ', ' and ')}"}""", """{"xs":["a","b","c"],"ys":["a","b"],"ns":[1,2.5,true],"os":[{"a":1}],"nl":[null,"a"],"one":["x"],"none":[],"nl3":["a",null,"c"]}"""),

            // Strings and escapes
            ["strings/literals"] = ("""{"a":"${'a\\'b'}","b":"${\"a\\\"b\"}","c":"${'a\\\\b'}","d":"${'a\\nb'}","e":"${'t\\tx'}","f":"${'\\u0041'}","g":"${'a}b'}","h":"${ \"}\" }"}""", "{}"),
            ["strings/not-bindings"] = ("""{"a":"\\${x}","b":"$x","c":"${x}}","d":"x ${b","e":"${}","f":"x ${}","g":"$ {x}","h":"{${x}}","i":"a\\nb ${x} \\t \\\\ \\' \\\" \\`","j":"line1\nline2 ${x}","k":"${ x }","l":"${\tx}","m":"${x}${x}"}""", """{"x":1}"""),
            ["strings/reserved-keys-removed"] = ("""{"$root":1,"$index":2,"$host":3,"$schema":"kept","a":"${$index}"}""", "{}"),

            // Arrays
            ["arrays/flatten-and-drop-nulls"] = ("""{"body":[{"$data":"${none}","t":1},null,[1,[2,[3]]],"${xs}","${ys}","${nul}",[],{"a":null}]}""", """{"none":[],"xs":[1,[2]],"ys":[],"nul":null}"""),

            // Failures in both engines
            ["fails/null-in-larger-string"] = ("""{"a":"Hi ${x}"}""", """{"x":null}"""),
            ["fails/null-literal-binding"] = ("""{"a":"${null}"}""", "{}"),
            ["fails/index-out-of-range"] = ("""{"a":"${xs[5]}"}""", """{"xs":[1]}"""),
            ["fails/index-of-missing"] = ("""{"a":"${x[0]}"}""", "{}"),
            ["fails/incomparable"] = ("""{"a":"${1 < 'a'}"}""", "{}"),
            ["fails/join-missing"] = ("""{"a":"${join(missing, ',')}"}""", "{}"),
            ["fails/count-number"] = ("""{"a":"${count(n)}"}""", """{"n":5}"""),
            ["fails/equality-binds-tighter-than-ordering"] = ("""{"a":"${1 < 2 == true}"}""", "{}"),
            ["fails/or-passes-null-into-larger-string"] = ("""{"a":"x ${false || nul}"}""", """{"nul":null}"""),
            ["fails/non-integer-index"] = ("""{"a":"${xs[1.5]}"}""", """{"xs":[1,2]}"""),
        };
}
