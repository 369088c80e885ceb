using System.Text.Json.Nodes;
using EngagementBot.Guidance.Tests.Support;
using EngagementBot.Testing;

namespace EngagementBot.Guidance.Tests;

public sealed class OwnWordingTests
{
    private static IEnumerable<string> AllDocuments =>
        Directory.EnumerateFiles(RepoPaths.SharedSeeds, "*.txt").Select(File.ReadAllText);

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Problems_AnyPack_NoLongRunCopiedFromGuidance(string packFile)
    {
        Assert.Empty(WordingCheck.Problems(Packs.LoadJson(packFile), AllDocuments));
    }

    [Fact]
    public void Problems_SentencePastedFromGuidance_Reported()
    {
        var pack = Packs.LoadJson("cwm-taf-children.json");
        // Pasted from 001 section 6.1, with changed case and punctuation.
        pack["incidentSteps"]![0]!["text"] = "TRY to stay calm and in control of their feelings; make a judgement";

        var problems = WordingCheck.Problems(pack, AllDocuments);

        Assert.Single(problems);
        Assert.StartsWith("$.incidentSteps[0].text:", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_ShortSharedPhrase_NotReported()
    {
        var pack = new JsonObject { ["text"] = "Draw up a written agreement with the family." };

        Assert.Empty(WordingCheck.Problems(pack, AllDocuments));
    }
}
