namespace EngagementBot.Guidance.Model;

/// <summary>One local procedure as data (seeds/packs/*.json, shape in seeds/procedure-pack.schema.json).</summary>
public sealed record ProcedurePack(
    string Id,
    string Title,
    string Version,
    Jurisdiction Jurisdiction,
    AtRisk AtRisk,
    string Language,
    PackBasis BasedOn,
    PackTerms Terms,
    IReadOnlyList<PackQuestion> PreContactQuestions,
    IReadOnlyList<ThreateningBehaviour> ThreateningBehaviours,
    IReadOnlyList<IncidentStep> IncidentSteps,
    EscalationPath EscalationPath,
    IReadOnlyList<ReflectiveQuestion> ReflectiveQuestions,
    IReadOnlyList<GuidanceText> DisguisedComplianceIndicators,
    IReadOnlyList<GuidanceText> WrittenAgreementElements,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<RiskRule> RiskRules,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<EngagementPattern> EngagementPatterns,
    string? TranslationOf = null);
