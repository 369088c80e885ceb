using System.Globalization;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Sessions;
using EngagementBot.Host.Flows.Engagement;

namespace EngagementBot.Host.Flows.Sessions;

/// <summary>
/// Lone-worker visit sessions in a case's chronology, one line each on the local day of the visit: whether the
/// worker checked in, whether an overdue alert was raised (or the worker was prompted), and how it ended, with
/// local times. Fixed words from the session's own state only: never where, the phone number, who, or any text.
/// </summary>
public sealed class SessionChronologySource(ISessionStore sessions, EngagementClock clock) : IChronologySource
{
    /// <summary>The label of these lines, distinct from the visit plans' "Visit".</summary>
    public const string Label = "Lone-worker session";

    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken) =>
        [.. (await sessions.ForCaseAsync(caseReference, cancellationToken))
            .Select(session => new ChronologyEntry(clock.DayOf(session.VisitAt), session.VisitAt, Label, What(session), null))];

    private string What(VisitSession session)
    {
        var day = clock.DayOf(session.VisitAt);
        var parts = new List<string>
        {
            session.ArrivedAt is { } arrived ? $"checked in {At(arrived, day)}" : "no check-in recorded",
        };
        if (session.AlertId is not null || session.Overdue == OverdueStage.Escalated)
        {
            parts.Add("overdue alert raised");
        }
        else if (session.Overdue == OverdueStage.Prompted)
        {
            parts.Add("overdue, prompted to check in");
        }

        parts.Add(session switch
        {
            { ClosedAt: { } closed } when LeftSafely(session) => $"left safely {At(closed, day)}",
            { ClosedAt: { } closed } => $"closed {At(closed, day)}",
            _ => "still open",
        });
        return $"Visit: {string.Join(", ", parts)}";
    }

    /// <summary>Closed by the worker themselves ("left safely"), not by someone on the ladder.</summary>
    private static bool LeftSafely(VisitSession session) =>
        string.Equals(session.ClosedBy, session.Worker.AadObjectId, StringComparison.OrdinalIgnoreCase);

    /// <summary>"14:02", or "09:10 on Tuesday 24 November" when not on the day of the visit.</summary>
    private string At(DateTimeOffset instant, DateOnly visitDay)
    {
        var time = clock.TimeOf(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
        var day = clock.DayOf(instant);
        return day == visitDay ? time : $"{time} on {clock.Text(day)}";
    }
}
