using EngagementBot.Domain.Cases;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.Incidents;

/// <summary>
/// What an incident's behaviours mean for the hazard flag on the case: the most serious kind among them,
/// the highest severity, and the advice to every later visitor. Packs give each behaviour a severity and
/// whether the police must be told, not a hazard kind, so the kind is read from the behaviour's id
/// (animals, threats, violence and throwing things; anything else is intimidation).
/// </summary>
public sealed record IncidentHazard(HazardKind Kind, HazardSeverity Severity, IReadOnlyList<HazardAdvice> Advice)
{
    /// <summary>Used when only the practitioner's own words say what happened.</summary>
    public const HazardSeverity UnlistedSeverity = HazardSeverity.Medium;

    public static IncidentHazard From(IReadOnlyList<ThreateningBehaviour> behaviours)
    {
        ArgumentNullException.ThrowIfNull(behaviours);
        var kinds = behaviours.Select(b => KindOf(b.Id)).ToList();
        var kind = kinds.Count == 0 ? HazardKind.Intimidation : kinds.MinBy(Rank);
        var severity = behaviours.Count == 0 ? UnlistedSeverity : behaviours.Max(b => SeverityOf(b.Severity));
        List<HazardAdvice> advice = severity switch
        {
            HazardSeverity.Critical => [HazardAdvice.JointVisitsOnly, HazardAdvice.PoliceForFirstVisit],
            HazardSeverity.High => [HazardAdvice.JointVisitsOnly],
            _ => [HazardAdvice.ManagerAgreesVisits],
        };
        if (behaviours.Any(b => b.PoliceMustBeTold) && !advice.Contains(HazardAdvice.PoliceForFirstVisit))
        {
            advice.Add(HazardAdvice.PoliceForFirstVisit);
        }

        if (kinds.Contains(HazardKind.AggressiveAnimal))
        {
            advice.Add(HazardAdvice.AnimalsSecured);
        }

        return new IncidentHazard(kind, severity, advice);
    }

    private static HazardKind KindOf(string id) => id switch
    {
        _ when id.Contains("animal", StringComparison.OrdinalIgnoreCase) => HazardKind.AggressiveAnimal,
        _ when id.Contains("threat", StringComparison.OrdinalIgnoreCase) => HazardKind.Threats,
        _ when id.Contains("violence", StringComparison.OrdinalIgnoreCase)
            || id.Contains("throwing", StringComparison.OrdinalIgnoreCase)
            || id.Contains("physical-aggression", StringComparison.OrdinalIgnoreCase) => HazardKind.Violence,
        _ => HazardKind.Intimidation,
    };

    // Most serious first: a flag names one kind, the worst seen.
    private static int Rank(HazardKind kind) => kind switch
    {
        HazardKind.Violence => 0,
        HazardKind.Threats => 1,
        HazardKind.AggressiveAnimal => 2,
        _ => 3,
    };

    private static HazardSeverity SeverityOf(Guidance.Model.Severity severity) => severity switch
    {
        Guidance.Model.Severity.Low => HazardSeverity.Low,
        Guidance.Model.Severity.Medium => HazardSeverity.Medium,
        Guidance.Model.Severity.High => HazardSeverity.High,
        _ => HazardSeverity.Critical,
    };
}
