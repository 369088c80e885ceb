using System.Text.Json.Nodes;
using EngagementBot.Cards.Templating;
using EngagementBot.Cards.Tests.Support;

namespace EngagementBot.Cards.Tests.Templating;

/// <summary>Expands every <see cref="ParityCases"/> case with the official engine, in one node run.</summary>
public sealed class OfficialParityFixture
{
    public OfficialParityFixture()
    {
        Official = OfficialEngine.ExpandAll(ParityCases.All.Select(c =>
            (c.Key, JsonNode.Parse(c.Value.Template), c.Value.Data is null ? null : JsonNode.Parse(c.Value.Data))));
    }

    internal IReadOnlyDictionary<string, OfficialExpansion> Official { get; }

    /// <summary>Our expansion of a case: the JSON, or the <see cref="TemplateException"/> it threw.</summary>
    internal static (string? Json, TemplateException? Error) Ours(string caseId)
    {
        var (template, data) = ParityCases.All[caseId];
        try
        {
            return (CardTemplate.Parse(caseId, template).Expand(data is null ? null : JsonNode.Parse(data)), null);
        }
        catch (TemplateException ex)
        {
            return (null, ex);
        }
    }
}
