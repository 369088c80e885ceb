namespace EngagementBot.Host.Flows.Escalations;

/// <summary>
/// Everything an escalation summary card in a multi-agency channel may show, and nothing else: the case
/// reference (pseudonymous, checked against the case-reference pattern when it was typed), the kind of
/// concern, the date, and the kinds of action as ids of the pack's action nodes, which the card shows by
/// the pack's own short labels (an id the pack does not have is dropped). There is deliberately no
/// free-text field: names, the worker's words, owners and notes cannot be put here, so they cannot reach a channel.
/// </summary>
public sealed record EscalationSummary(Guid EscalationId, string CaseReference, ConcernKind Concern, DateOnly Date, string PackId, IReadOnlyList<string> ActionKinds);
