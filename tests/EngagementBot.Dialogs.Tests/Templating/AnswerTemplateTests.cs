using EngagementBot.Dialogs.Templating;

namespace EngagementBot.Dialogs.Tests.Templating;

public class AnswerTemplateTests
{
    [Fact]
    public void Paths_Template_ListsEveryPlaceholder() =>
        Assert.Equal(["caseRef", "animals.kind"], AnswerTemplate.Paths("Case {caseRef}: {animals.kind} {not a path}"));

    [Fact]
    public void Render_Template_FillsKnownAndBlanksUnknown() =>
        Assert.Equal("Case SC-1: , kept {1x}", AnswerTemplate.Render("Case {caseRef}: {missing}, kept {1x}", p => p == "caseRef" ? "SC-1" : null));
}
