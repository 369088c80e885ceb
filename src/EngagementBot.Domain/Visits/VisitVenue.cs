namespace EngagementBot.Domain.Visits;

/// <summary>Where a visit takes place. Codes and texts are in <see cref="VisitVocabulary.Venues"/>.</summary>
public enum VisitVenue
{
    /// <summary><c>home</c>: the family's home.</summary>
    Home,

    /// <summary><c>neutral-venue</c>: a neutral place, such as a family centre.</summary>
    NeutralVenue,

    /// <summary><c>office-or-clinic</c>: the practitioner's office or a clinic.</summary>
    OfficeOrClinic,
}
