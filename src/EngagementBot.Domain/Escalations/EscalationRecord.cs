using EngagementBot.Domain.Approvals;

namespace EngagementBot.Domain.Escalations;

/// <summary>
/// An escalation a practitioner recorded on a case: the kind of concern, the steps of the active pack's
/// escalation path they walked (node ids and the answers given), the disguised-compliance indicators
/// they ticked as evidence (pack ids), the actions agreed (each with an owner and a due date), the
/// outcome node the walk ended on, who raised it from which conversation and when, and the line
/// manager's decision once made. Everything but the decision and the posted cards is written once.
/// </summary>
public sealed record EscalationRecord(
    Guid Id,
    string CaseReference,
    string? Area,
    string PackId,
    string Concern,
    EscalationRaiser RaisedBy,
    IReadOnlyList<EscalationStep> Path,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<EscalationAction> Actions,
    string Outcome,
    DateTimeOffset RaisedAt,
    EscalationDecision? Decision = null,
    IReadOnlyList<EscalationCard>? PostedCards = null)
{
    /// <summary>Whether the line manager has still to decide.</summary>
    public bool IsPending => Decision is null;

    /// <summary>The copies of the decision card posted so far (none until the first is recorded).</summary>
    public IReadOnlyList<EscalationCard> Cards => PostedCards ?? [];

    /// <summary>Whether <paramref name="aadObjectId"/> was sent the card as the one who decides.</summary>
    public bool IsDecider(string? aadObjectId) =>
        aadObjectId is not null && Cards.Any(c => c.CanDecide && string.Equals(c.RecipientAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks the record: reference, pack, concern, outcome and raiser are not blank; the path is not empty
    /// and names each node once; evidence ids are listed once each; actions name a kind.
    /// </summary>
    /// <exception cref="ArgumentException">A rule is broken.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(CaseReference, nameof(CaseReference));
        ArgumentException.ThrowIfNullOrWhiteSpace(PackId, nameof(PackId));
        ArgumentException.ThrowIfNullOrWhiteSpace(Concern, nameof(Concern));
        ArgumentException.ThrowIfNullOrWhiteSpace(Outcome, nameof(Outcome));
        ArgumentNullException.ThrowIfNull(RaisedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(RaisedBy.AadObjectId, nameof(RaisedBy));
        ArgumentException.ThrowIfNullOrWhiteSpace(RaisedBy.UserId, nameof(RaisedBy));
        ArgumentNullException.ThrowIfNull(Path);
        ArgumentNullException.ThrowIfNull(Evidence);
        ArgumentNullException.ThrowIfNull(Actions);
        if (Path.Count == 0 || Path.Any(s => string.IsNullOrWhiteSpace(s.NodeId)) || Path.DistinctBy(s => s.NodeId).Count() != Path.Count)
        {
            throw new ArgumentException("An escalation's path names each node it passed once.", nameof(Path));
        }

        if (Evidence.Any(string.IsNullOrWhiteSpace) || Evidence.Distinct(StringComparer.Ordinal).Count() != Evidence.Count)
        {
            throw new ArgumentException("Each evidence indicator is listed once, by its pack id.", nameof(Evidence));
        }

        if (Actions.Any(a => string.IsNullOrWhiteSpace(a.Kind)))
        {
            throw new ArgumentException("Each action names its kind (the path node it comes from).", nameof(Actions));
        }
    }
}

/// <summary>
/// Who raised an escalation, as the authenticated channel gave them (never card data): directory object
/// id, channel user id, display name (never logged), and the conversation they raised it from.
/// </summary>
public sealed record EscalationRaiser(string AadObjectId, string UserId, string? DisplayName, ConversationRef Conversation);

/// <summary>One node of the escalation path passed on the walk, and the answer given there (questions only).</summary>
public sealed record EscalationStep(string NodeId, string? Answer = null);
