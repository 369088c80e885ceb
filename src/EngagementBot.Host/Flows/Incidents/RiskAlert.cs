using EngagementBot.Domain.Cases;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// Everything a risk alert card in a multi-agency channel may show, and nothing else: the case reference
/// (pseudonymous, checked against the case-reference pattern when it was typed), the kind and severity of
/// risk, the date, and the advice, all from fixed vocabularies. There is deliberately no free-text field:
/// the incident's own words, how the child seemed, the crime reference, the place and names cannot be put
/// here, so they cannot reach a channel.
/// </summary>
public sealed record RiskAlert(Guid IncidentId, string CaseReference, HazardKind Kind, HazardSeverity Severity, DateOnly Date, IReadOnlyList<HazardAdvice> Advice)
{
    /// <summary>The alert for a hazard flag raised by an incident that happened on <paramref name="date"/>.</summary>
    public static RiskAlert For(HazardFlag flag, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(flag);
        var incident = flag.SourceIncidentId ?? throw new ArgumentException("the flag was not raised by an incident", nameof(flag));
        return new RiskAlert(incident, flag.CaseReference, flag.Kind, flag.Severity, date, flag.Advice);
    }
}
