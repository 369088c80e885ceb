using EngagementBot.Domain.Visits;
using EngagementBot.Guidance.Model;

namespace EngagementBot.Host.Flows.PlanVisit;

/// <summary>
/// Everything the team-channel copy of a visit plan may show, and nothing else: the case reference
/// (pseudonymous, checked against the case-reference pattern when it was typed), when the visit is, when the
/// worker expects to be back, the risk level, and the advice as ids of the pack's recommendations, which the
/// card shows in the pack's own words (an id the pack does not have is dropped). There is deliberately no
/// free-text field: the worker's name, the venue, the address, the phone number and the answers cannot be
/// put here, so they cannot reach a channel.
/// </summary>
public sealed record PlanChannelCopy(
    Guid PlanId,
    string CaseReference,
    DateTimeOffset VisitAt,
    DateTimeOffset ReturnBy,
    VisitRiskLevel RiskLevel,
    string PackId,
    IReadOnlyList<string> RecommendationIds)
{
    /// <summary>
    /// The copy of a saved plan: the advice is that of the pack rules behind the plan's reasons, in the order
    /// the risk card gave it (each reason's advice in its rule's order, each piece once).
    /// </summary>
    public static PlanChannelCopy For(VisitPlan plan, ProcedurePack pack)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pack);
        var rules = pack.RiskRules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var advice = plan.Factors
            .SelectMany(f => rules.TryGetValue(f.RuleId, out var rule) ? rule.RecommendationIds : [])
            .Distinct(StringComparer.Ordinal);
        return new PlanChannelCopy(plan.Id, plan.CaseReference, plan.VisitAt, plan.ReturnBy, plan.RiskLevel, pack.Id, [.. advice]);
    }
}
