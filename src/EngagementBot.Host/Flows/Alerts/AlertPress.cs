namespace EngagementBot.Host.Flows.Alerts;

/// <summary>
/// A press on "I'm handling this" / "Acknowledge": who pressed (directory object id and display name,
/// from the authenticated activity), the channel it came from if any, the conversation it came from (the
/// record of an acknowledgement names it), and what an incident card sent with it: the decisions (ids of
/// <see cref="IncidentDecisions"/>) and an optional note.
/// </summary>
public sealed record AlertPress(
    string? AadObjectId,
    string? Name,
    string? ViaTeamsChannelId,
    string ConversationKey,
    IReadOnlyList<string> Decisions,
    string? Note);
