using System.Text.Json.Nodes;
using EngagementBot.Cards.Tests.Support;

namespace EngagementBot.Cards.Tests.Templating;

/// <summary>Each supported feature and edge, expanded by our binder and by adaptivecards-templating 2.3.1.</summary>
public sealed class OfficialParityTests(OfficialParityFixture fixture) : IClassFixture<OfficialParityFixture>
{
    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in ParityCases.All.Keys)
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expand_Case_MatchesOfficialEngine(string caseId)
    {
        var official = fixture.Official[caseId];
        var (json, error) = OfficialParityFixture.Ours(caseId);
        if (official.Failed)
        {
            Assert.True(error is not null, $"the official engine failed ({official.Error}) but we produced {json}");
            return;
        }

        Assert.True(error is null, $"we failed ({error?.Message}) but the official engine produced {official.Result?.ToJsonString()}");
        if (official.IsUndefined)
        {
            Assert.Equal("null", json);
            return;
        }

        JsonAssert.Equal(official.Result, JsonNode.Parse(json!));
    }

    [Fact]
    public void Cases_FailureCases_FailInTheOfficialEngine()
    {
        // Guards the comparison above: the "fails/" cases must really fail there, the others must not.
        foreach (var (id, official) in fixture.Official)
        {
            Assert.True(official.Failed == id.StartsWith("fails/", StringComparison.Ordinal), $"{id}: {official.Error}");
        }
    }
}
