using EngagementBot.Domain.Alerts;
using EngagementBot.Graph;
using EngagementBot.Graph.Managers;
using EngagementBot.Host.Flows.Alerts;
using EngagementBot.Host.Flows.LoneWorker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace EngagementBot.Host.Tests.Flows.Alerts;

public sealed class AlertLadderBuilderTests
{
    private const string Worker = "aad-worker";
    private const string Manager = "aad-manager";
    private const string Deputy = "aad-deputy";
    private const string Second = "aad-second";
    private const string Duty = "aad-duty";
    private const string Channel = "19:north@thread.tacv2";

    private readonly Mock<IManagerDirectory> _directory = new();

    public AlertLadderBuilderTests() =>
        _directory.Setup(d => d.ResolveApproversAsync(Worker, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ApproverSet(ApproverSource.LineManager, new DirectoryUser(Manager, "Alex Manager", null, null), [Deputy]));

    [Fact]
    public void Build_InHours_LineManagerThenSecondThenOutOfHoursThenChannel()
    {
        var ladder = AlertLadderBuilder.Build(Worker, [Manager, Deputy], Second, Duty, Channel, outOfHours: false);

        Assert.Equal(
            [
                [(Manager, AlertRoles.LineManager), (Deputy, AlertRoles.LineManager)],
                [(Second, AlertRoles.SecondContact)],
                [(Duty, AlertRoles.OutOfHours)],
                [(Channel, AlertRoles.TeamChannel)],
            ],
            Shape(ladder));
        Assert.Equal(AlertTargetKind.Channel, ladder[^1].Targets[0].Kind);
        Assert.All(ladder.Take(3).SelectMany(r => r.Targets), t => Assert.Equal(AlertTargetKind.Person, t.Kind));
    }

    [Fact]
    public void Build_OutOfHours_OutOfHoursContactFirst()
    {
        var ladder = AlertLadderBuilder.Build(Worker, [Manager], Second, Duty, Channel, outOfHours: true);

        Assert.Equal([Duty, Manager, Second, Channel], ladder.Select(r => r.Targets.Single().Id));
    }

    [Fact]
    public void Build_EmptyRungsAndDuplicates_SkippedAndEachPersonOnce()
    {
        var ladder = AlertLadderBuilder.Build(Worker, [Manager], secondContact: " ", outOfHoursContact: Manager.ToUpperInvariant(), channelId: null, outOfHours: false);

        var rung = Assert.Single(ladder);
        Assert.Equal(Manager, Assert.Single(rung.Targets).Id);
    }

    [Fact]
    public void Build_TheWorkerIsTheirOwnContact_NeverOnTheirOwnLadder()
    {
        var ladder = AlertLadderBuilder.Build(Worker, [Worker, Manager], secondContact: Worker, outOfHoursContact: Duty, channelId: null, outOfHours: false);

        Assert.DoesNotContain(ladder.SelectMany(r => r.Targets), t => t.Id == Worker);
        Assert.Equal([Manager, Duty], ladder.Select(r => r.Targets.Single().Id));
    }

    [Fact]
    public void Build_NobodyConfigured_EmptyLadder()
    {
        Assert.Empty(AlertLadderBuilder.Build(Worker, [], null, null, null, outOfHours: false));
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00Z", false)] // Monday morning, GMT
    [InlineData("2026-03-02T17:29:00Z", false)] // just before the end of the day
    [InlineData("2026-03-02T19:00:00Z", true)] // Monday evening
    [InlineData("2026-03-02T07:00:00Z", true)] // before the office opens
    [InlineData("2026-03-07T11:00:00Z", true)] // Saturday
    [InlineData("2026-05-04T10:00:00Z", true)] // early May bank holiday (a Monday, 11:00 BST)
    [InlineData("2026-05-05T16:00:00Z", false)] // the Tuesday after, 17:00 BST
    [InlineData("2026-05-05T16:45:00Z", true)] // 17:45 BST: summer time counts
    public async Task BuildAsync_ByTheClock_RoutesOutOfHoursToTheDutyContactFirst(string at, bool outOfHours)
    {
        var builder = Builder();

        var ladder = await builder.BuildAsync(Worker, "north", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal(outOfHours ? Duty : Manager, ladder[0].Targets[0].Id);
        Assert.Equal(4, ladder.Count);
    }

    [Fact]
    public async Task BuildAsync_TeamWithoutItsOwnDutyContact_UsesTheGlobalOne()
    {
        var ladder = await Builder(teamDuty: null, globalDuty: "aad-global-duty").BuildAsync(Worker, "north", DateTimeOffset.Parse("2026-03-07T11:00:00Z", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal("aad-global-duty", ladder[0].Targets[0].Id);
    }

    [Fact]
    public async Task BuildAsync_DirectoryDown_TheOtherRungsStillGo()
    {
        _directory.Setup(d => d.ResolveApproversAsync(Worker, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new GraphDeliveryException("resolve approvers: 503", isTransient: true, statusCode: 503));

        var ladder = await Builder().BuildAsync(Worker, "north", DateTimeOffset.Parse("2026-03-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal([Second, Duty, Channel], ladder.Select(r => r.Targets.Single().Id));
    }

    private AlertLadderBuilder Builder(string? teamDuty = Duty, string? globalDuty = null)
    {
        var options = new LoneWorkerOptions
        {
            TimeZone = "Europe/London",
            BankHolidays = [new DateOnly(2026, 5, 4)],
            OutOfHoursContact = globalDuty,
            Teams = new(StringComparer.OrdinalIgnoreCase)
            {
                ["north"] = new TeamOptions { Members = [Worker], SecondContact = Second, OutOfHoursContact = teamDuty, ChannelId = Channel },
            },
        };
        return new AlertLadderBuilder(_directory.Object, new TeamDirectory(Options.Create(options)), NullLogger<AlertLadderBuilder>.Instance);
    }

    private static List<List<(string, string)>> Shape(IReadOnlyList<AlertRung> ladder) =>
        [.. ladder.Select(rung => rung.Targets.Select(t => (t.Id, t.Role)).ToList())];
}
