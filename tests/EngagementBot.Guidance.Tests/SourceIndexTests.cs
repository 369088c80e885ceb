using EngagementBot.Guidance.Sources;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class SourceIndexTests
{
    [Fact]
    public void Parse_CwmTafProtocol_ListsNumberedSectionsAndCapitalHeadings()
    {
        var index = SourceIndex.Parse(Packs.DocumentText("001_55cc968b96110650.txt"));

        foreach (var section in new[] { "1.3", "2.4", "3.4", "5.1", "5.2", "6.1", "6.2", "SECTION SEVEN: SUPERVISION AND SUPPORT", "APPENDIX ONE" })
        {
            Assert.True(index.Contains(section), section);
        }

        Assert.Equal("Professional Responsibility", index.Find("6.1")!.Title);
        Assert.False(index.Contains("Professional Responsibility"));
        Assert.False(index.Contains("If an incident occurs, professionals should"));
    }

    [Fact]
    public void Parse_ForthValleyGuidance_ListsHeadingsAndFlowchartBoxes()
    {
        var index = SourceIndex.Parse(Packs.DocumentText("003_e29d1754427053a5.txt"));

        foreach (var section in new[] { "Keeping Staff Safe", "Disguised compliance", "Non- engagement", "Best Practice", "Start", "Initial Considerations", "Consider", "Are you worried the child is still at risk??" })
        {
            Assert.True(index.Contains(section), section);
        }

        Assert.False(index.Contains("Written contract"));
    }

    [Fact]
    public void Parse_MarkdownAndTableLines_StripsMarksAndSkipsTables()
    {
        const string text = "## **Keeping Safe**\n\nVersion\tDate\tAuthor\n- A bullet that is not a heading\nA sentence that ends with a full stop.\n1.2 Definition:\n";

        var index = SourceIndex.Parse(text);

        Assert.Equal(["Keeping Safe", "1.2"], index.Sections.Select(s => s.Id));
        Assert.Equal("Definition", index.Sections[1].Title);
        Assert.Equal(6, index.Sections[1].Line);
    }
}
