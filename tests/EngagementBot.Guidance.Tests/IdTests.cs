using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class IdTests
{
    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Duplicates_AnyPack_None(string packFile)
    {
        Assert.Empty(IdCheck.Duplicates(Packs.Load(packFile)));
    }

    [Fact]
    public void Duplicates_GlossaryIdReusedAsRecommendationId_Reported()
    {
        var pack = Packs.LoadById("cwm-taf-children");
        var clash = pack.Glossary[0] with { Id = pack.Recommendations[0].Id };
        var broken = pack with { Glossary = [clash, .. pack.Glossary.Skip(1)] };

        Assert.Equal([clash.Id], IdCheck.Duplicates(broken));
    }

    [Fact]
    public void PackIds_AllPacks_MatchFileNamesAndAreUnique()
    {
        var files = Packs.FileList;

        var ids = files.Select(f => Packs.Load(f).Id).ToList();

        Assert.Equal(files.Select(f => Path.GetFileNameWithoutExtension(f)), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
