using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Engagement;

namespace EngagementBot.Domain.Tests.Engagement;

/// <summary>Synthetic engagement logs around a fixed day.</summary>
internal static class EngagementSamples
{
    public static readonly DateOnly Today = new(2026, 3, 20);

    public static EngagementEvent Event(EngagementKind kind, int daysAgo, string agency = "Health Visiting", string caseReference = "C-1234") => new(
        Guid.NewGuid(), caseReference, kind, Today.AddDays(-daysAgo), agency, "aad-worker",
        new ConversationRef("msteams", "a:1"), new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), null);

    public static CaseFacts Facts(params EngagementEvent[] events) => new(events, [], []);
}
