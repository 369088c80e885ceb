namespace EngagementBot.Domain.Approvals;

/// <summary>
/// Who may decide, by directory object id, and in which order they are asked: rung 0 is the
/// primary approver (the line manager, or the configured fallback when Graph knows no manager),
/// rung 1 the primary's configured delegates, rung 2 the configured fallback approver when it is
/// someone else. Everyone on the ladder may decide at any time; the rungs only say whom the bot
/// asks, and when (reminders and escalation).
/// </summary>
public sealed record ApproverLadder(string Primary, string? PrimaryName, IReadOnlyList<string> Delegates, string? Fallback)
{
    /// <summary>The non-empty rungs in order; ids compared ignoring case, each person on one rung only.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rungs
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var rungs = new List<IReadOnlyList<string>>();
            foreach (var rung in new[] { [Primary], Delegates, Fallback is null ? [] : new[] { Fallback } })
            {
                var people = rung.Where(id => !string.IsNullOrWhiteSpace(id) && seen.Add(id.Trim())).Select(id => id.Trim()).ToList();
                if (people.Count > 0)
                {
                    rungs.Add(people);
                }
            }

            return rungs;
        }
    }

    /// <summary>Everyone on the ladder, primary first.</summary>
    public IReadOnlyList<string> Everyone => [.. Rungs.SelectMany(rung => rung)];

    public bool Contains(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && Everyone.Contains(aadObjectId.Trim(), StringComparer.OrdinalIgnoreCase);
}
