namespace EngagementBot.Domain.Approvals;

/// <summary>
/// A decision on an approval: the outcome, who decided (directory object id and display name, both
/// from the authenticated activity, never from card data), when, and the decline reason or the
/// named second worker. Build it with <see cref="Approve"/>, <see cref="Decline"/> or
/// <see cref="NameSecondWorker"/>, which check it.
/// </summary>
public sealed record ApprovalDecision(
    ApprovalState Outcome,
    string DeciderAadObjectId,
    string? DeciderName,
    DateTimeOffset At,
    string? DeclineReason = null,
    string? SecondWorker = null)
{
    public const int MaxReasonLength = 500;

    public const int MaxSecondWorkerLength = 100;

    public static ApprovalDecision Approve(string deciderAadObjectId, string? deciderName, DateTimeOffset at) =>
        new(ApprovalState.Approved, Decider(deciderAadObjectId), deciderName, at);

    /// <exception cref="ArgumentException">A blank reason, or one longer than <see cref="MaxReasonLength"/>.</exception>
    public static ApprovalDecision Decline(string deciderAadObjectId, string? deciderName, string reason, DateTimeOffset at) =>
        new(ApprovalState.Declined, Decider(deciderAadObjectId), deciderName, at, DeclineReason: Text(reason, MaxReasonLength, nameof(reason)));

    /// <exception cref="ArgumentException">A blank name, or one longer than <see cref="MaxSecondWorkerLength"/>.</exception>
    public static ApprovalDecision NameSecondWorker(string deciderAadObjectId, string? deciderName, string secondWorker, DateTimeOffset at) =>
        new(ApprovalState.SecondWorkerNamed, Decider(deciderAadObjectId), deciderName, at, SecondWorker: Text(secondWorker, MaxSecondWorkerLength, nameof(secondWorker)));

    /// <summary>True when <paramref name="text"/> is usable as a reason or name of at most <paramref name="max"/> characters.</summary>
    public static bool IsUsableText(string? text, int max) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= max;

    /// <exception cref="ArgumentException">The decision is not one a person can make, or misses what its outcome needs.</exception>
    public void EnsureValid()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DeciderAadObjectId, nameof(DeciderAadObjectId));
        var valid = Outcome switch
        {
            ApprovalState.Approved => DeclineReason is null && SecondWorker is null,
            ApprovalState.Declined => IsUsableText(DeclineReason, MaxReasonLength) && SecondWorker is null,
            ApprovalState.SecondWorkerNamed => IsUsableText(SecondWorker, MaxSecondWorkerLength) && DeclineReason is null,
            _ => false,
        };
        if (!valid)
        {
            throw new ArgumentException($"A {Outcome} decision is not valid as given.", nameof(Outcome));
        }
    }

    private static string Decider(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, "deciderAadObjectId");
        return id.Trim();
    }

    private static string Text(string value, int max, string name)
    {
        if (!IsUsableText(value, max))
        {
            throw new ArgumentException($"Give between 1 and {max} characters.", name);
        }

        return value.Trim();
    }
}
