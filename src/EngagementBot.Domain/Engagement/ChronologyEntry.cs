namespace EngagementBot.Domain.Engagement;

/// <summary>
/// One line of a case's chronology: the local day it happened, an instant to order lines of the same day,
/// what kind of record it came from (<see cref="Source"/>, e.g. "Engagement", "Incident"), what happened in
/// fixed vocabulary words (never narrative, names or places), and the agency when known.
/// </summary>
public sealed record ChronologyEntry(DateOnly Day, DateTimeOffset Order, string Source, string What, string? Agency);

/// <summary>
/// A kind of record that contributes lines to case chronologies (engagement events, incidents, hazard flags,
/// visits, escalations…). Every registered source is asked; add a kind of record by registering one more.
/// </summary>
public interface IChronologySource
{
    /// <summary>The case's lines from this kind of record, in any order.</summary>
    Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken);
}
