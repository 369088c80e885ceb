using EngagementBot.Domain.Cases;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Risk;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// The one place where a hazard flag on the case (Domain) becomes what the risk engine reads (Guidance):
/// the flag's kind as its vocabulary code ("violence", "access-denied"…, the codes pack rules name) and
/// its severity, level for level.
/// </summary>
public static class CaseHazards
{
    public static CaseHazard From(HazardFlag flag) => new(HazardVocabulary.Kinds.Code(flag.Kind), SeverityOf(flag.Severity));

    public static RiskContext Context(IEnumerable<HazardFlag> activeFlags) => new([.. activeFlags.Select(From)]);

    private static Severity SeverityOf(HazardSeverity severity) => severity switch
    {
        HazardSeverity.Low => Severity.Low,
        HazardSeverity.Medium => Severity.Medium,
        HazardSeverity.High => Severity.High,
        HazardSeverity.Critical => Severity.Critical,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined hazard severity."),
    };
}
