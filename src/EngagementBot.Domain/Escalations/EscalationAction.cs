using System.Text.Json.Serialization;

namespace EngagementBot.Domain.Escalations;

/// <summary>
/// An action agreed on an escalation: its kind (the id of the path node it comes from, e.g.
/// <c>arrange-joint-visit</c>), who owns it, and the day it is due (a reminder goes to the owner then).
/// </summary>
public sealed record EscalationAction(string Kind, ActionOwner Owner, DateOnly DueOn);

/// <summary>Who owns an action, from the raiser's point of view.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionOwner>))]
public enum ActionOwner
{
    /// <summary>The practitioner who raised the escalation.</summary>
    Me,

    /// <summary>Their line manager.</summary>
    Manager,

    /// <summary>Another agency working with the family (the raiser follows it up).</summary>
    OtherAgency,

    /// <summary>The multi-agency group (core group, conference, review); the raiser follows it up.</summary>
    MultiAgencyGroup,
}
