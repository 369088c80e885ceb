namespace EngagementBot.Domain.Cases;

/// <summary>
/// What a hazard flag tells every later visitor to do. Codes and display texts are in
/// <see cref="HazardVocabulary.Advice"/>: short enough for a channel card, never case detail.
/// </summary>
public enum HazardAdvice
{
    /// <summary><c>joint-visits-only</c>: never visit alone.</summary>
    JointVisitsOnly,

    /// <summary><c>police-for-first-visit</c>: the police attend the first visit.</summary>
    PoliceForFirstVisit,

    /// <summary><c>neutral-venue-only</c>: meet at an office, clinic or other neutral place, not the home.</summary>
    NeutralVenueOnly,

    /// <summary><c>daylight-visits-only</c>: visit in daylight hours only.</summary>
    DaylightVisitsOnly,

    /// <summary><c>manager-agrees-visits</c>: a manager agrees each visit beforehand.</summary>
    ManagerAgreesVisits,

    /// <summary><c>animals-secured</c>: ask for animals to be shut away before going in.</summary>
    AnimalsSecured,
}
