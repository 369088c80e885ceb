using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementBot.Guidance.Tests;

public sealed class PackCatalogTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("packs-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Load_RepositoryPacks_ActiveDefaultsToCwmTafAndLookupById()
    {
        var catalog = PackCatalog.Load(new GuidanceOptions());

        Assert.Equal(GuidanceOptions.DefaultActivePack, catalog.Active.Id);
        Assert.Equal(Packs.FileList.Count, catalog.Packs.Count);
        Assert.Equal("forth-valley-children", catalog.Get("forth-valley-children").Id);
        Assert.False(catalog.TryGet("gwent-adults", out _));
        Assert.Throws<KeyNotFoundException>(() => catalog.Get("gwent-adults"));
    }

    [Fact]
    public void Load_UnknownActivePack_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PackCatalog.Load(Packs.Folder, "nowhere-children"));

        Assert.Contains("nowhere-children", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoFilesWithSamePackId_Throws()
    {
        File.Copy(Path.Combine(Packs.Folder, "cwm-taf-children.json"), Path.Combine(_temp, "a.json"));
        File.Copy(Path.Combine(Packs.Folder, "cwm-taf-children.json"), Path.Combine(_temp, "b.json"));

        Assert.Throws<InvalidDataException>(() => PackCatalog.Load(_temp, "cwm-taf-children"));
    }

    [Fact]
    public void Load_NewPackFileDropped_IsPickedUpWithoutCodeChange()
    {
        var json = Packs.LoadJson("forth-valley-children.json");
        json["id"] = "another-board-children";
        File.WriteAllText(Path.Combine(_temp, "another-board-children.json"), json.ToJsonString());

        var catalog = PackCatalog.Load(_temp, "another-board-children");

        Assert.Equal("another-board-children", catalog.Active.Id);
    }

    [Theory]
    [InlineData("recommendation")]
    [InlineData("question")]
    [InlineData("condition")]
    public void Load_PackWithBrokenRiskRule_ThrowsNamingFileAndRule(string broken)
    {
        var json = Packs.LoadJson("cwm-taf-children.json");
        var rule = json["riskRules"]![0]!;
        switch (broken)
        {
            case "recommendation":
                rule["recommendationIds"] = new System.Text.Json.Nodes.JsonArray("no-such-advice");
                break;
            case "question":
                rule["when"] = System.Text.Json.Nodes.JsonNode.Parse("""{"answer":{"question":"no-such-question","in":["yes"]}}""");
                break;
            default:
                rule["when"] = System.Text.Json.Nodes.JsonNode.Parse("""{"all":[{"flag":"case-hazard-flag","behaviour":"threats-to-kill"}]}""");
                break;
        }

        File.WriteAllText(Path.Combine(_temp, "cwm-taf-children.json"), json.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => PackCatalog.Load(_temp, "cwm-taf-children"));

        Assert.Contains("cwm-taf-children.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule["id"]!.GetValue<string>(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NoSeedsFolderAbove_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => PacksFolder.Resolve(null, _temp));
        Assert.Equal(Path.Combine(_temp, "packs"), PacksFolder.Resolve("packs", _temp));
    }

    [Fact]
    public void AddGuidancePacks_ConfiguredPathAndActivePack_ResolvesActivePack()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Guidance:PacksPath"] = Packs.Folder,
                ["Guidance:ActivePack"] = "forth-valley-children",
            })
            .Build();
        using var provider = new ServiceCollection().AddGuidancePacks(configuration).BuildServiceProvider();

        var active = provider.GetRequiredService<ProcedurePack>();

        Assert.Equal("forth-valley-children", active.Id);
        Assert.Same(provider.GetRequiredService<PackCatalog>().Active, active);
    }
}
