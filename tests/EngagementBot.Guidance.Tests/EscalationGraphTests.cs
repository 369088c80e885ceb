using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Tests.Support;

namespace EngagementBot.Guidance.Tests;

public sealed class EscalationGraphTests
{
    private const string ForthValley = "003_e29d1754427053a5.txt";

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void Problems_AnyPack_GraphWellFormed(string packFile)
    {
        Assert.Empty(GraphCheck.Problems(Packs.Load(packFile).EscalationPath));
    }

    [Fact]
    public void Problems_DanglingNextUnreachableNodeAndNoOutcome_ReportsEach()
    {
        var source = new SourceRef(ForthValley, "Start");
        var path = new EscalationPath("a",
        [
            new EscalationNode("a", EscalationNodeKind.Step, "First", source, Next: "missing"),
            new EscalationNode("island", EscalationNodeKind.Action, "Never reached", source, Next: "a"),
        ]);

        var problems = GraphCheck.Problems(path);

        Assert.Contains("a: next 'missing' is not a node", problems);
        Assert.Contains("island: not reachable from start", problems);
        Assert.Contains("no outcome node", problems);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Problems_QuestionWithOneBranch_Reported()
    {
        var source = new SourceRef(ForthValley, "Start");
        var path = new EscalationPath("q",
        [
            new EscalationNode("q", EscalationNodeKind.Question, "Worried?", source, Branches: [new EscalationBranch("yes", "Yes", "end")]),
            new EscalationNode("end", EscalationNodeKind.Outcome, "Done", source),
        ]);

        Assert.Equal(["q: a Question node has next=False and 1 branches"], GraphCheck.Problems(path));
    }

    [Fact]
    public void EscalationPath_ForthValley_FollowsFlowchartBoxesInOrder()
    {
        // The flowchart at the end of 003 (flattened text, read bottom-up; the README gives the order).
        string[] boxes =
        [
            "Start",
            "Are you worried about the child\u2019s wellbeing or safety?",
            "Initial Considerations",
            "Use GIRFEC National Practice Model and a trauma informed approach",
            "Best Practice", // box: written contract / change the plan with specific actions / supervision (no heading of its own)
            "Are you worried the child is still at risk??",
            "Inform Reporter if child is already subject to compulsory measures",
            "Consider",
        ];
        var path = Packs.LoadById("forth-valley-children").EscalationPath;

        var walked = WalkYes(path);

        Assert.Equal(boxes, walked.Select(n => n.Source.Section).Where(boxes.Contains).Distinct());
        Assert.Equal(EscalationNodeKind.Outcome, walked[^1].Kind);
    }

    [Fact]
    public void EscalationPath_ForthValley_BoxesCarryTheFlowchartContent()
    {
        var path = Packs.LoadById("forth-valley-children").EscalationPath;
        var walked = WalkYes(path);
        string Points(string section) => string.Join(" | ", walked.First(n => n.Source.Section == section).Points ?? []).ToLowerInvariant();

        Assert.All(new[] { "language", "disability", "cultural", "explain" }, word => Assert.Contains(word, Points("Initial Considerations"), StringComparison.Ordinal));
        Assert.All(new[] { "written contract", "specific actions", "supervision" }, word => Assert.Contains(word, Points("Best Practice"), StringComparison.Ordinal));
        var consider = walked.First(n => n.Source.Section == "Consider");
        Assert.Equal(["joint-visit", "police-check", "child-protection-referral"], consider.Branches!.Select(b => b.Answer));
    }

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void EscalationPath_AnyPack_EveryActionHasAShortLabel(string packFile)
    {
        var actions = Packs.Load(packFile).EscalationPath.Nodes.Where(n => n.Kind == EscalationNodeKind.Action).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.True(a.Label is { Length: > 0 and <= 60 }, $"{a.Id}: an action needs a label of at most 60 characters"));
    }

    [Theory]
    [MemberData(nameof(Packs.FileNames), MemberType = typeof(Packs))]
    public void EscalationPath_AnyPack_ProfessionalDisagreementHasItsOwnBranch(string packFile)
    {
        var path = Packs.Load(packFile).EscalationPath;

        var disagreement = path.Find("professional-disagreement");

        Assert.NotNull(disagreement);
        Assert.Equal(EscalationNodeKind.Action, disagreement.Kind);
        Assert.Contains(path.Nodes, n => n.Kind == EscalationNodeKind.Question && (n.Branches ?? []).Any(b => b.Next == disagreement.Id));
    }

    /// <summary>Walks from the start taking the "yes" branch (or the first branch) at each question.</summary>
    private static List<EscalationNode> WalkYes(EscalationPath path)
    {
        var walked = new List<EscalationNode>();
        var node = path.Find(path.Start);
        while (node is not null && walked.Count <= path.Nodes.Count)
        {
            walked.Add(node);
            var branches = node.Branches ?? [];
            var next = node.Next ?? (branches.FirstOrDefault(b => b.Answer == "yes") ?? (branches.Count > 0 ? branches[0] : null))?.Next;
            node = next is null ? null : path.Find(next);
        }

        return walked;
    }
}
