using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Engagement;
using EngagementBot.Domain.Incidents;

namespace EngagementBot.Host.Flows.Engagement;

/// <summary>
/// Gathers a case's <see cref="CaseFacts"/> from every agency's records: the engagement log, incidents that
/// say the person at risk was seen, and hazard flags (each an agency reporting hostility on its day).
/// </summary>
public sealed class CaseFactsReader(IEngagementLog log, IIncidentStore incidents, IHazardFlagStore flags, EngagementClock clock)
{
    public async Task<CaseFacts> ReadAsync(string caseReference, CancellationToken cancellationToken)
    {
        var events = await log.ForCaseAsync(caseReference, cancellationToken);
        var seen = (await incidents.ForCaseAsync(caseReference, cancellationToken))
            .Where(i => i.AtRiskSeen)
            .Select(i => clock.DayOf(i.OccurredAt))
            .ToList();
        var hostility = (await flags.AllForCaseAsync(caseReference, cancellationToken))
            .Select(f => new AgencyReport(clock.DayOf(f.RaisedAt), f.RaisedByAgency))
            .ToList();
        return new CaseFacts(events, seen, hostility);
    }
}
