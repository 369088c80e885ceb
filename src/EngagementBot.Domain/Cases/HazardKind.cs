namespace EngagementBot.Domain.Cases;

/// <summary>
/// What kind of risk to workers a hazard flag warns of. Codes and display texts are in
/// <see cref="HazardVocabulary.Kinds"/>; a channel card shows only the text.
/// </summary>
public enum HazardKind
{
    /// <summary><c>violence</c>: physical violence or assault against a worker.</summary>
    Violence,

    /// <summary><c>threats</c>: threats of violence or to kill, spoken, written or sent.</summary>
    Threats,

    /// <summary><c>intimidation</c>: intimidating, abusive or harassing behaviour, including following a worker.</summary>
    Intimidation,

    /// <summary><c>aggressive-animal</c>: a dangerous animal at the address, or an animal used as a threat.</summary>
    AggressiveAnimal,

    /// <summary><c>weapons</c>: weapons known or believed to be at the address.</summary>
    Weapons,

    /// <summary><c>access-denied</c>: workers have been refused access to the home or the person at risk.</summary>
    AccessDenied,
}
