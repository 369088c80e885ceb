using EngagementBot.Host.Flows.Sessions;

namespace EngagementBot.Host.Tests.Flows.Sessions;

/// <summary>How typed words become session commands and durations.</summary>
public sealed class SessionCommandTests
{
    [Theory]
    [InlineData("arrived", SessionCommandKind.Arrive)]
    [InlineData("I'm here", SessionCommandKind.Arrive)]
    [InlineData("Left safely!", SessionCommandKind.Leave)]
    [InlineData("I'm out", SessionCommandKind.Leave)]
    [InlineData("finished", SessionCommandKind.Leave)]
    [InlineData("check in", SessionCommandKind.Show)]
    [InlineData("Team status", SessionCommandKind.TeamStatus)]
    public void FromText_Phrase_IsTheCommand(string text, SessionCommandKind expected)
    {
        var command = SessionCommand.FromText(text);

        Assert.NotNull(command);
        Assert.Equal(expected, command.Kind);
        Assert.Null(command.SessionId);
    }

    [Theory]
    [InlineData("extend", SessionCommandKind.Extend, 30)]
    [InlineData("extend 30 minutes", SessionCommandKind.Extend, 30)]
    [InlineData("Extend 1 hour", SessionCommandKind.Extend, 60)]
    [InlineData("extend 45", SessionCommandKind.Extend, 45)]
    [InlineData("extend by an hour and a half", SessionCommandKind.Extend, 90)]
    [InlineData("extend half an hour", SessionCommandKind.Extend, 30)]
    [InlineData("extend 1 hour 15", SessionCommandKind.Extend, 75)]
    [InlineData("extend 2 hrs", SessionCommandKind.Extend, 120)]
    [InlineData("extend for another 20 mins", SessionCommandKind.Extend, 20)]
    [InlineData("running late", SessionCommandKind.RunningLate, 15)]
    [InlineData("I'm running late", SessionCommandKind.RunningLate, 15)]
    [InlineData("running late 20 minutes", SessionCommandKind.RunningLate, 20)]
    [InlineData("running late by ten minutes", SessionCommandKind.RunningLate, 10)]
    public void FromText_WithDuration_ReadsIt(string text, SessionCommandKind expected, int minutes)
    {
        var command = SessionCommand.FromText(text);

        Assert.NotNull(command);
        Assert.Equal(expected, command.Kind);
        Assert.Equal(TimeSpan.FromMinutes(minutes), command.Duration);
    }

    [Theory]
    [InlineData("extend 0 minutes")]
    [InlineData("extend 9 hours")]
    [InlineData("extend 5 weeks")]
    public void FromText_DurationOutOfRangeOrUnreadable_IsAnExtendWithoutDuration(string text)
    {
        var command = SessionCommand.FromText(text);

        Assert.NotNull(command);
        Assert.Equal(SessionCommandKind.Extend, command.Kind);
        Assert.Null(command.Duration);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("late night visit")]
    [InlineData("extend the risk assessment please")]
    [InlineData("")]
    public void FromText_OtherWords_AreNotACommand(string text) => Assert.Null(SessionCommand.FromText(text));
}
