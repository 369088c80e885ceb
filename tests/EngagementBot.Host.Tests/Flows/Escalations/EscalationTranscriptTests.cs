using EngagementBot.Domain.Escalations;
using EngagementBot.Guidance.Model;
using EngagementBot.Host.Tests.Flows.Approvals;

namespace EngagementBot.Host.Tests.Flows.Escalations;

/// <summary>
/// The escalation dialog through the real host, once for every route through each pack's escalation path
/// (generated from the pack, see <see cref="EscalationPaths"/>): every question of the route is asked in
/// order, every action is given an owner and a due date, and the record, the manager's card and the
/// channel summary come out as the route says.
/// </summary>
public sealed class EscalationTranscriptTests
{
    private const string CaseReference = "SC-0042-1";

    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Routes => EscalationPaths.All();

    [Fact]
    public void Routes_BothPacks_CoverEveryBranchOfEveryQuestion()
    {
        foreach (var packId in EscalationPaths.PackIds)
        {
            var path = EscalationPaths.Load(packId).EscalationPath;
            var taken = EscalationPaths.Routes(path).SelectMany(r => r).ToHashSet(StringComparer.Ordinal);

            var branches = path.Nodes.Where(n => n.Kind == EscalationNodeKind.Question).SelectMany(n => n.Branches!.Select(b => $"{n.Id}={b.Answer}"));
            Assert.All(branches, b => Assert.Contains(b, taken));
            Assert.All(path.Nodes.Where(n => n.Kind == EscalationNodeKind.Outcome), o => Assert.Contains("end=" + o.Id, taken));
        }
    }

    [Theory]
    [InlineData("sc-0042-1", false)]
    [InlineData("Jamie Dunmore", true)]
    public async Task Escalate_FromAPromptCardWithACase_AsksForTheCaseOnlyWhenItIsNotAReference(string given, bool asked)
    {
        await using var flow = await EscalationFlowHost.StartAsync();

        var said = await flow.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["command"] = "escalate", ["caseReference"] = given });

        Assert.Equal(asked, said.Contains("Which case is this about?", StringComparison.Ordinal));
        Assert.Equal(!asked, said.Contains("What's the worry?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("escalate SC-0042-1", false)]
    [InlineData("Escalate case sc-0042-1", false)]
    [InlineData("escalation for SC-0042-1.", false)]
    [InlineData("escalate Jamie Dunmore", true)]
    [InlineData("escalate 0042", true)]
    public async Task Escalate_TypedWithACase_StartsWithTheCaseAskingForItOnlyWhenItIsNotAReference(string typed, bool asked)
    {
        await using var flow = await EscalationFlowHost.StartAsync();

        var said = await flow.SayAsync(typed);

        Assert.Equal(asked, said.Contains("Which case is this about?", StringComparison.Ordinal));
        Assert.Equal(!asked, said.Contains("What's the worry?", StringComparison.Ordinal));
        Assert.DoesNotContain("Dunmore", said, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Escalate_Route_AsksThePackInOrderAndRecordsWhatWasWalked(string packId, string route)
    {
        var path = EscalationPaths.Load(packId).EscalationPath;
        var answers = route.Split(" > ").Select(a => a.Split('=')).ToList();
        await using var flow = await EscalationFlowHost.StartAsync(packId, new PlanVisit.ManualClock(MondayMorning));
        await flow.SubscribeAsync("North");

        Assert.Contains("Which case is this about?", await flow.SayAsync("escalate"), StringComparison.Ordinal);
        Assert.Contains("What's the worry?", await flow.SayAsync(CaseReference), StringComparison.Ordinal);
        Assert.Contains("Which area is the family in?", await flow.SayAsync("The family isn't engaging"), StringComparison.Ordinal);
        Assert.Contains("Tick all that apply", await flow.SayAsync("North"), StringComparison.Ordinal);
        var said = await flow.SayAsync("1 and 3");

        var node = path.Find(path.Start)!;
        var expectedActions = new List<string>();
        var expectedPath = new List<EscalationStep>();
        while (node.Kind != EscalationNodeKind.Outcome)
        {
            if (node.Kind == EscalationNodeKind.Question)
            {
                Assert.Contains(node.Text, said, StringComparison.Ordinal);
                var answer = answers.First(a => a[0] == node.Id)[1];
                var branch = node.Branches!.Single(b => b.Answer == answer);
                said = await flow.SayAsync(answer is "yes" or "no" ? answer : branch.Label);
                expectedPath.Add(new EscalationStep(node.Id, answer));
                node = path.Find(branch.Next)!;
                continue;
            }

            Assert.Contains(node.Text, said, StringComparison.Ordinal);
            expectedPath.Add(new EscalationStep(node.Id));
            if (node.Kind == EscalationNodeKind.Action)
            {
                Assert.Contains($"Who will do this: {node.Label}?", said, StringComparison.Ordinal);
                Assert.Contains("By when?", await flow.SayAsync("me"), StringComparison.Ordinal);
                said = await flow.SayAsync("Friday");
                expectedActions.Add(node.Id);
            }

            node = path.Find(node.Next!)!;
        }

        Assert.Contains(node.Text, said, StringComparison.Ordinal);
        Assert.Contains("is recorded", said, StringComparison.Ordinal);
        Assert.Equal("end=" + node.Id, route.Split(" > ")[^1]);
        expectedPath.Add(new EscalationStep(node.Id));

        var record = await flow.RecordedAsync(CaseReference);
        Assert.Equal((packId, "non-engagement", "North", node.Id), (record.PackId, record.Concern, record.Area, record.Outcome));
        Assert.Equal(expectedPath, record.Path);
        Assert.Equal(expectedActions, record.Actions.Select(a => a.Kind));
        Assert.All(record.Actions, a => Assert.Equal((ActionOwner.Me, new DateOnly(2026, 11, 27)), (a.Owner, a.DueOn)));
        Assert.Equal(2, record.Evidence.Count);
        Assert.Equal(Host.Tests.TestSupport.TestActivities.UserAadObjectId, record.RaisedBy.AadObjectId);
        Assert.Equal(EscalationFlowHost.Manager, Assert.Single(record.Cards).RecipientAadObjectId);

        await Eventually.TrueAsync(() => flow.ChannelThreads().Count == 1, "the summary thread was opened in the channel");
        var summary = EscalationFlowHost.Strings(flow.ChannelThreads()[0]["activity"]);
        Assert.Contains(CaseReference, summary, StringComparison.Ordinal);
        Assert.Contains("Non-engagement", summary, StringComparison.Ordinal);
        Assert.All(expectedActions, kind => Assert.Contains(path.Find(kind)!.Label!, summary, StringComparison.Ordinal));
    }
}
