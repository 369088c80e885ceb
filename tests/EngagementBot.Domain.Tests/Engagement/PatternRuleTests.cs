using EngagementBot.Domain.Engagement;
using static EngagementBot.Domain.Tests.Engagement.EngagementSamples;

namespace EngagementBot.Domain.Tests.Engagement;

public sealed class PatternRuleTests
{
    private static readonly PatternRule Missed = new(
        "missed", PatternKind.Repeated, new HashSet<EngagementKind> { EngagementKind.MissedAppointment, EngagementKind.CancelledAppointment }, 3, 60, 30, false);

    private static readonly PatternRule NotSeen = new("not-seen", PatternKind.NotSeenFor, new HashSet<EngagementKind>(), 14, 0, 14, true);

    private static readonly PatternRule Refused = new("refused", PatternKind.Occurred, new HashSet<EngagementKind> { EngagementKind.AccessRefused }, 1, 2, 1, true);

    private static readonly PatternRule Hostility = new(
        "hostility", PatternKind.Agencies, new HashSet<EngagementKind> { EngagementKind.AccessRefused, EngagementKind.CriticisingWorkers }, 2, 90, 30, true);

    [Fact]
    public void Holds_Repeated_FiresAtTheThresholdAndNotBefore()
    {
        var first = Event(EngagementKind.MissedAppointment, 40);
        var second = Event(EngagementKind.CancelledAppointment, 10);
        var third = Event(EngagementKind.MissedAppointment, 0);

        Assert.False(Missed.Holds(Facts(first, second), second, Today));
        Assert.True(Missed.Holds(Facts(first, second, third), third, Today));
    }

    [Fact]
    public void Holds_Repeated_EventsOutsideTheWindowOrOfOtherKindsDoNotCount()
    {
        var old = Event(EngagementKind.MissedAppointment, 60);
        var other = Event(EngagementKind.NoAccess, 5);
        var recent = Event(EngagementKind.MissedAppointment, 1);
        var today = Event(EngagementKind.MissedAppointment, 0);

        Assert.False(Missed.Holds(Facts(old, other, recent, today), today, Today));
    }

    [Fact]
    public void Holds_NotSeenFor_CountsFromTheLastTimeSeenAndFiresOnTheDay()
    {
        var seen = Event(EngagementKind.SeenAlone, 14);
        var notSeen = Event(EngagementKind.NotSeen, 0);

        Assert.False(NotSeen.Holds(Facts(seen, notSeen), notSeen, Today.AddDays(-1)));
        Assert.True(NotSeen.Holds(Facts(seen, notSeen), notSeen, Today));
        Assert.False(NotSeen.Holds(Facts(seen), seen, Today));
    }

    [Fact]
    public void Holds_NotSeenFor_NeverSeenCountsFromTheFirstFailedVisitAndSeenElsewhereResets()
    {
        var noAccess = Event(EngagementKind.NoAccess, 20);
        var notSeen = Event(EngagementKind.NotSeen, 0);

        Assert.True(NotSeen.Holds(Facts(noAccess, notSeen), notSeen, Today));
        Assert.False(NotSeen.Holds(new CaseFacts([noAccess, notSeen], [Today.AddDays(-3)], []), notSeen, Today));
        Assert.False(NotSeen.Holds(Facts(), notSeen, Today));
    }

    [Fact]
    public void Holds_Occurred_OnlyForItsKindAndARecentDay()
    {
        var refused = Event(EngagementKind.AccessRefused, 0);
        var oldRefusal = Event(EngagementKind.AccessRefused, 5);
        var missed = Event(EngagementKind.MissedAppointment, 0);

        Assert.True(Refused.Holds(Facts(refused), refused, Today));
        Assert.False(Refused.Holds(Facts(oldRefusal), oldRefusal, Today));
        Assert.False(Refused.Holds(Facts(missed, refused), missed, Today));
    }

    [Fact]
    public void Holds_Agencies_NeedsTwoDifferentAgenciesIgnoringCase()
    {
        var health = Event(EngagementKind.CriticisingWorkers, 10, "Health Visiting");
        var healthAgain = Event(EngagementKind.AccessRefused, 5, "health visiting");
        var school = Event(EngagementKind.CriticisingWorkers, 0, "School nursing");

        Assert.False(Hostility.Holds(Facts(health, healthAgain), healthAgain, Today));
        Assert.True(Hostility.Holds(Facts(health, healthAgain, school), school, Today));
    }

    [Fact]
    public void Holds_Agencies_AHazardFlagByAnotherAgencyCounts()
    {
        var health = Event(EngagementKind.AccessRefused, 1, "Health Visiting");
        var facts = new CaseFacts([health], [], [new AgencyReport(Today.AddDays(-3), "Police")]);

        Assert.True(Hostility.Holds(facts, health, Today));
    }
}
