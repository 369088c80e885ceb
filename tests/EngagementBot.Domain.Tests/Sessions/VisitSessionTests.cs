using EngagementBot.Domain.Sessions;
using static EngagementBot.Domain.Tests.Sessions.SessionSamples;

namespace EngagementBot.Domain.Tests.Sessions;

public sealed class VisitSessionTests
{
    [Fact]
    public void Start_ValidInput_IsPlannedAtVersionZeroWithTheFirstDeadline()
    {
        var session = VisitSession.Start(Guid.NewGuid(), null, "  SC-0042 ", " north ", Worker, Home, VisitAt, DueBack, T0);

        Assert.Equal(("SC-0042", "north"), (session.CaseReference, session.Team));
        Assert.Equal((SessionState.Planned, OverdueStage.None, 0, 0), (session.State, session.Overdue, session.DeadlineVersion, session.Version));
        Assert.Equal((VisitAt, DueBack, T0), (session.VisitAt, session.DueBackAt, session.CreatedAt));
        Assert.Null(session.ArrivedAt);
        Assert.Null(session.ClosedAt);
        Assert.Null(session.AlertId);
        Assert.Null(session.CardActivityId);
        Assert.True(session.IsOpen);
    }

    [Theory]
    [InlineData(" ", "north", WorkerId)]
    [InlineData("SC-0042", "", WorkerId)]
    [InlineData("SC-0042", "north", " ")]
    public void Start_BlankCaseTeamOrWorker_Throws(string caseReference, string team, string workerId)
    {
        Assert.Throws<ArgumentException>(() => VisitSession.Start(
            Guid.NewGuid(), null, caseReference, team, Worker with { AadObjectId = workerId }, Home, VisitAt, DueBack, T0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Start_DeadlineNotAfterTheVisitStarts_Throws(int minutesAfterVisit)
    {
        Assert.Throws<ArgumentException>(() => VisitSession.Start(
            Guid.NewGuid(), null, "SC-0042", "north", Worker, Home, VisitAt, VisitAt.AddMinutes(minutesAfterVisit), T0));
    }

    [Fact]
    public void IsOverdueAt_AroundTheDeadline_FromTheDeadlineOnWhileOpen()
    {
        var session = Planned();

        Assert.False(session.IsOverdueAt(DueBack.AddMilliseconds(-1)));
        Assert.True(session.IsOverdueAt(DueBack));
        Assert.False(session.Close(WorkerId, DueBack).IsOverdueAt(DueBack.AddHours(1)));
    }

    [Fact]
    public void Arrive_Planned_IsOnSiteAndStillOpen()
    {
        var arrived = Planned().Arrive(VisitAt.AddMinutes(2));

        Assert.Equal((SessionState.OnSite, VisitAt.AddMinutes(2), 1), (arrived.State, arrived.ArrivedAt, arrived.Version));
        Assert.True(arrived.IsOpen);
    }

    [Fact]
    public void Arrive_Twice_KeepsTheFirstArrival()
    {
        var again = Planned().Arrive(VisitAt).Arrive(VisitAt.AddMinutes(5));

        Assert.Equal((VisitAt, 2), (again.ArrivedAt, again.Version));
    }

    [Fact]
    public void Extend_BeforeTheDeadline_AddsToTheDeadline()
    {
        var extended = Planned().Extend(TimeSpan.FromMinutes(30), DueBack.AddMinutes(-10));

        Assert.Equal((DueBack.AddMinutes(30), 1, 1), (extended.DueBackAt, extended.DeadlineVersion, extended.Version));
    }

    [Fact]
    public void Extend_AfterTheDeadline_AddsToNow()
    {
        var now = DueBack.AddMinutes(12);

        var extended = Planned().Extend(TimeSpan.FromMinutes(30), now);

        Assert.Equal(now.AddMinutes(30), extended.DueBackAt);
    }

    [Fact]
    public void Extend_AfterEscalation_RestartsTheLadderAndKeepsTheAlert()
    {
        var alertId = Guid.NewGuid();
        var escalated = Planned().Prompt(0)!.Escalate(0, alertId)!;

        var extended = escalated.Extend(TimeSpan.FromMinutes(15), DueBack.AddMinutes(20));

        Assert.Equal((OverdueStage.None, alertId, 1), (extended.Overdue, extended.AlertId, extended.DeadlineVersion));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Extend_NotPositive_Throws(int minutes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Planned().Extend(TimeSpan.FromMinutes(minutes), T0));
    }

    [Fact]
    public void Close_Open_RecordsWhenAndWho()
    {
        var closed = Planned().Arrive(VisitAt).Close("aad-manager", DueBack);

        Assert.Equal((SessionState.Closed, DueBack, "aad-manager", 2), (closed.State, closed.ClosedAt, closed.ClosedBy, closed.Version));
        Assert.False(closed.IsOpen);
    }

    [Fact]
    public void Changes_ClosedSession_Throw()
    {
        var closed = Planned().Close(WorkerId, DueBack);

        Assert.Throws<InvalidOperationException>(() => closed.Arrive(DueBack));
        Assert.Throws<InvalidOperationException>(() => closed.Extend(TimeSpan.FromMinutes(10), DueBack));
        Assert.Throws<InvalidOperationException>(() => closed.Close(WorkerId, DueBack));
    }

    [Fact]
    public void Prompt_CurrentDeadline_IsPrompted()
    {
        var prompted = Planned().Prompt(0);

        Assert.Equal((OverdueStage.Prompted, 1), (prompted!.Overdue, prompted.Version));
    }

    [Fact]
    public void Prompt_TimerForAnEarlierDeadline_ReturnsNull()
    {
        var extended = Planned().Extend(TimeSpan.FromMinutes(30), T0);

        Assert.Null(extended.Prompt(0));
        Assert.NotNull(extended.Prompt(1));
    }

    [Fact]
    public void Prompt_AlreadyPromptedOrEscalatedOrClosed_ReturnsNull()
    {
        var prompted = Planned().Prompt(0)!;

        Assert.Null(prompted.Prompt(0));
        Assert.Null(prompted.Escalate(0, Guid.NewGuid())!.Prompt(0));
        Assert.Null(Planned().Close(WorkerId, DueBack).Prompt(0));
    }

    [Fact]
    public void Escalate_AfterThePrompt_IsEscalatedWithTheAlert()
    {
        var alertId = Guid.NewGuid();

        var escalated = Planned().Prompt(0)!.Escalate(0, alertId);

        Assert.Equal((OverdueStage.Escalated, alertId, 2), (escalated!.Overdue, escalated.AlertId, escalated.Version));
    }

    [Fact]
    public void Escalate_WithoutAPrompt_IsEscalated()
    {
        Assert.Equal(OverdueStage.Escalated, Planned().Escalate(0, Guid.NewGuid())!.Overdue);
    }

    [Fact]
    public void Escalate_StaleDeadlineOrAlreadyEscalatedOrClosed_ReturnsNull()
    {
        var session = Planned();

        Assert.Null(session.Extend(TimeSpan.FromMinutes(10), T0).Escalate(0, Guid.NewGuid()));
        Assert.Null(session.Escalate(0, Guid.NewGuid())!.Escalate(0, Guid.NewGuid()));
        Assert.Null(session.Close(WorkerId, DueBack).Escalate(0, Guid.NewGuid()));
    }

    [Fact]
    public void WithCard_Open_RemembersTheCardAsANewVersion()
    {
        var withCard = Planned().WithCard("activity-1");

        Assert.Equal(("activity-1", 1), (withCard.CardActivityId, withCard.Version));
    }
}
