namespace EngagementBot.Domain.Visits;

/// <summary>
/// A practitioner's plan for one visit, recorded when they finish planning it: which case (the
/// pseudonymous reference), when, where, when they expect to be back, their answers to the procedure
/// pack's questions, the risk level with its reasons, whether they asked for a joint visit, and who
/// planned it from which conversation, when. Plans are a record: never changed or deleted once stored.
/// </summary>
public sealed record VisitPlan(
    Guid Id,
    string CaseReference,
    DateTimeOffset VisitAt,
    VisitVenue Venue,
    DateTimeOffset ReturnBy,
    string PackId,
    IReadOnlyList<VisitPlanAnswer> Answers,
    VisitRiskLevel RiskLevel,
    IReadOnlyList<VisitRiskFactor> Factors,
    bool? JointVisitWanted,
    string PlannedBy,
    string ConversationKey,
    DateTimeOffset CreatedAt)
{
    /// <summary>
    /// Checks the plan: reference, pack, planner and conversation are not blank, the venue and levels are
    /// defined, the return is after the visit starts, and each question is answered once.
    /// </summary>
    /// <exception cref="ArgumentException">A rule is broken.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(CaseReference, nameof(CaseReference));
        ArgumentException.ThrowIfNullOrWhiteSpace(PackId, nameof(PackId));
        ArgumentException.ThrowIfNullOrWhiteSpace(PlannedBy, nameof(PlannedBy));
        ArgumentException.ThrowIfNullOrWhiteSpace(ConversationKey, nameof(ConversationKey));
        ArgumentNullException.ThrowIfNull(Answers);
        ArgumentNullException.ThrowIfNull(Factors);
        if (!Enum.IsDefined(Venue) || !Enum.IsDefined(RiskLevel) || Factors.Any(f => !Enum.IsDefined(f.Level)))
        {
            throw new ArgumentException("A visit plan's venue and risk levels must be defined values.", nameof(Venue));
        }

        if (ReturnBy <= VisitAt)
        {
            throw new ArgumentException("A visit plan's return time must be after the visit starts.", nameof(ReturnBy));
        }

        if (Answers.Any(a => string.IsNullOrWhiteSpace(a.QuestionId)) || Answers.DistinctBy(a => a.QuestionId, StringComparer.Ordinal).Count() != Answers.Count)
        {
            throw new ArgumentException("Each question of a visit plan is answered once, by its id.", nameof(Answers));
        }
    }
}
