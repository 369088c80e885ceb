using EngagementBot.Domain.Engagement;
using static EngagementBot.Domain.Tests.Engagement.EngagementSamples;

namespace EngagementBot.Domain.Tests.Engagement;

public sealed class CaseSummaryTests
{
    [Fact]
    public void Build_ThreeMonthsOfLog_CountsAppointmentsNotSeenAndHostileAgencies()
    {
        var facts = Facts(
            Event(EngagementKind.MissedAppointment, 80),
            Event(EngagementKind.MissedAppointment, 50),
            Event(EngagementKind.AppointmentKept, 45),
            Event(EngagementKind.CancelledAppointment, 30),
            Event(EngagementKind.MissedAppointment, 20),
            Event(EngagementKind.MissedAppointment, 2),
            Event(EngagementKind.MissedAppointment, 120),
            Event(EngagementKind.SeenAlone, 23),
            Event(EngagementKind.NotSeen, 1),
            Event(EngagementKind.AccessRefused, 5, "Police"),
            Event(EngagementKind.CriticisingWorkers, 4, "School nursing"));

        var summary = CaseSummary.Build(facts, Today);

        Assert.Equal((6, 4, 1), (summary.Appointments, summary.Missed, summary.Cancelled));
        Assert.Equal(23, summary.DaysNotSeen);
        Assert.Equal(["Police", "School nursing"], summary.HostileAgencies);
        Assert.Equal(1, summary.AccessRefused);
        Assert.Equal(Today.AddMonths(-3).AddDays(1), summary.From);
    }

    [Fact]
    public void Build_EmptyLog_NothingToReport()
    {
        var summary = CaseSummary.Build(Facts(), Today);

        Assert.Equal((0, 0, null), (summary.Appointments, summary.Missed, summary.DaysNotSeen));
        Assert.Empty(summary.HostileAgencies);
    }

    [Fact]
    public void EnsureValid_DayAfterItWasLogged_Throws()
    {
        var tooLate = Event(EngagementKind.NoAccess, -3);

        Assert.Throws<ArgumentException>(tooLate.EnsureValid);
    }

    [Fact]
    public void Text_PersonPlaceholder_UsesThePacksWord()
    {
        Assert.Equal("Adult at risk not seen", EngagementVocabulary.Text(EngagementKind.NotSeen, "adult at risk"));
        Assert.Equal("Child seen alone", EngagementVocabulary.Text(EngagementKind.SeenAlone, "child"));
    }
}
