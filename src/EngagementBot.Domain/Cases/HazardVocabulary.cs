using EngagementBot.Domain.Vocabularies;

namespace EngagementBot.Domain.Cases;

/// <summary>
/// The one place where hazard flag kinds, severities and advice get their stored codes and the words
/// people see. Codes are written to the database and card data: add new ones, never rename.
/// </summary>
public static class HazardVocabulary
{
    public static Vocabulary<HazardKind> Kinds { get; } = new(
        new VocabularyTerm<HazardKind>(HazardKind.Violence, "violence", "Violence"),
        new VocabularyTerm<HazardKind>(HazardKind.Threats, "threats", "Threats"),
        new VocabularyTerm<HazardKind>(HazardKind.Intimidation, "intimidation", "Intimidation or harassment"),
        new VocabularyTerm<HazardKind>(HazardKind.AggressiveAnimal, "aggressive-animal", "Aggressive animal"),
        new VocabularyTerm<HazardKind>(HazardKind.Weapons, "weapons", "Weapons"),
        new VocabularyTerm<HazardKind>(HazardKind.AccessDenied, "access-denied", "Access denied"));

    public static Vocabulary<HazardSeverity> Severities { get; } = new(
        new VocabularyTerm<HazardSeverity>(HazardSeverity.Low, "low", "Low"),
        new VocabularyTerm<HazardSeverity>(HazardSeverity.Medium, "medium", "Medium"),
        new VocabularyTerm<HazardSeverity>(HazardSeverity.High, "high", "High"),
        new VocabularyTerm<HazardSeverity>(HazardSeverity.Critical, "critical", "Critical"));

    public static Vocabulary<HazardAdvice> Advice { get; } = new(
        new VocabularyTerm<HazardAdvice>(HazardAdvice.JointVisitsOnly, "joint-visits-only", "Joint visits only"),
        new VocabularyTerm<HazardAdvice>(HazardAdvice.PoliceForFirstVisit, "police-for-first-visit", "Police to attend the first visit"),
        new VocabularyTerm<HazardAdvice>(HazardAdvice.NeutralVenueOnly, "neutral-venue-only", "Meet at a neutral venue only"),
        new VocabularyTerm<HazardAdvice>(HazardAdvice.DaylightVisitsOnly, "daylight-visits-only", "Daylight visits only"),
        new VocabularyTerm<HazardAdvice>(HazardAdvice.ManagerAgreesVisits, "manager-agrees-visits", "A manager agrees each visit first"),
        new VocabularyTerm<HazardAdvice>(HazardAdvice.AnimalsSecured, "animals-secured", "Animals shut away before entry"));
}
