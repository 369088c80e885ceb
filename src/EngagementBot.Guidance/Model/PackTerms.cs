namespace EngagementBot.Guidance.Model;

/// <summary>Wording that differs between procedures ("child" or "adult at risk", "the Reporter", ...).</summary>
public sealed record PackTerms(
    string PersonAtRisk,
    string PeopleAtRisk,
    string Carers,
    string Plan,
    string Agreement,
    string ProtectionReferral,
    string Board,
    string? Reporter = null);
