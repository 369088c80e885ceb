using EngagementBot.Domain.Vocabularies;

namespace EngagementBot.Domain.Visits;

/// <summary>
/// The one place where visit venues and risk levels get their stored codes and the words people see.
/// Codes are written to the database and are the values the plan dialog's choices use: add, never rename.
/// </summary>
public static class VisitVocabulary
{
    public static Vocabulary<VisitVenue> Venues { get; } = new(
        new VocabularyTerm<VisitVenue>(VisitVenue.Home, "home", "Their home"),
        new VocabularyTerm<VisitVenue>(VisitVenue.NeutralVenue, "neutral-venue", "A neutral venue"),
        new VocabularyTerm<VisitVenue>(VisitVenue.OfficeOrClinic, "office-or-clinic", "Office or clinic"));

    public static Vocabulary<VisitRiskLevel> RiskLevels { get; } = new(
        new VocabularyTerm<VisitRiskLevel>(VisitRiskLevel.Low, "low", "Low"),
        new VocabularyTerm<VisitRiskLevel>(VisitRiskLevel.Medium, "medium", "Medium"),
        new VocabularyTerm<VisitRiskLevel>(VisitRiskLevel.High, "high", "High"),
        new VocabularyTerm<VisitRiskLevel>(VisitRiskLevel.DoNotVisitAlone, "do-not-visit-alone", "Do not visit alone"));
}
