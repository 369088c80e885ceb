using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Escalations;
using EngagementBot.Guidance.Loading;
using EngagementBot.Host.Flows.Engagement;

namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Escalations in a case's chronology: that one was raised, the kind of concern and the actions agreed, in
/// the pack's own labels (never names, notes or free text).
/// </summary>
public sealed class EscalationChronologySource(IEscalationStore escalations, PackCatalog packs, EngagementClock clock) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(string caseReference, CancellationToken cancellationToken) =>
        [.. (await escalations.ForCaseAsync(caseReference, cancellationToken)).Select(record =>
        {
            var path = packs.TryGet(record.PackId, out var pack) ? pack.EscalationPath : null;
            var actions = record.Actions.Select(a => EscalationCards.ActionName(a.Kind, path)).Distinct(StringComparer.Ordinal).ToList();
            var what = $"Escalation raised: {record.Concern.Replace('-', ' ')}"
                + (actions.Count > 0 ? $" ({string.Join("; ", actions)})" : string.Empty);
            return new ChronologyEntry(clock.DayOf(record.RaisedAt), record.RaisedAt, "Escalation", what, null);
        })];
}
