using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class CitationTests
{
    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void CitedItems_EveryItem_CitesExistingDocumentAndSection(string packFile)
    {
        var pack = Packs.Load(packFile);

        var problems = CitationCheck.Problems(pack, Packs.Sources);

        Assert.NotEmpty(pack.CitedItems());
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void CitedItems_Model_CoversEveryCitedObjectInTheFile(string packFile)
    {
        var sourcesInFile = Packs.LoadJson(packFile).ToJsonString().Split("\"source\":").Length - 1;

        var itemsInModel = Packs.Load(packFile).CitedItems().Count();

        Assert.Equal(sourcesInFile, itemsInModel);
    }

    [Fact]
    public void Problems_FakeSection_Reported()
    {
        var pack = Packs.LoadById("cwm-taf-children");
        var fake = pack.Recommendations[0] with { Source = pack.Recommendations[0].Source with { Section = "9.9" } };
        var broken = pack with { Recommendations = [fake, .. pack.Recommendations.Skip(1)] };

        var problems = CitationCheck.Problems(broken, Packs.Sources);

        Assert.Equal([$"{fake.Id}: no section '9.9' in {fake.Source.Document}"], problems);
    }

    [Fact]
    public void Problems_UnknownDocument_Reported()
    {
        var pack = Packs.LoadById("forth-valley-children");
        var step = pack.IncidentSteps[0];
        var broken = pack with
        {
            IncidentSteps = [step with { AlsoSee = [new SourceRef("999_0000000000000000.txt", "1.1")] }, .. pack.IncidentSteps.Skip(1)],
        };

        var problems = CitationCheck.Problems(broken, Packs.Sources);

        Assert.Equal([$"{step.Id}: unknown document 999_0000000000000000.txt"], problems);
    }

    [Fact]
    public void Problems_HeadingTextInsteadOfSectionNumber_Reported()
    {
        // Convention: a numbered section is cited by its number ("6.1"), never by its title.
        var pack = Packs.LoadById("cwm-taf-children");
        var question = pack.PreContactQuestions[0];
        var broken = pack with
        {
            PreContactQuestions = [question with { Source = question.Source with { Section = "Professional Responsibility" } }, .. pack.PreContactQuestions.Skip(1)],
        };

        var problems = CitationCheck.Problems(broken, Packs.Sources);

        Assert.Single(problems);
    }
}
