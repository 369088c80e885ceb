using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Risk;

/// <summary>
/// The facts about a case that pack rules can test with <c>{"flag": …}</c> (the schema's list), and how
/// a <see cref="RiskContext"/> turns into them.
/// </summary>
public static class CaseFlags
{
    /// <summary>An active hazard flag of at least <see cref="HazardFlagThreshold"/> severity is on the case.</summary>
    public const string CaseHazardFlag = "case-hazard-flag";

    /// <summary>Access was refused: the engagement log says so, or an active hazard flag of kind access-denied is on the case.</summary>
    public const string AccessDenied = "access-denied";

    /// <summary>The child was not seen at the last contact.</summary>
    public const string ChildNotSeen = "child-not-seen";

    /// <summary>The hazard flag kind that also counts as <see cref="AccessDenied"/>.</summary>
    public const string AccessDeniedKind = "access-denied";

    /// <summary>
    /// High and critical flags must raise the level whatever the answers are; low and medium flags are shown
    /// in the plan but do not set <see cref="CaseHazardFlag"/> on their own.
    /// </summary>
    public const Severity HazardFlagThreshold = Severity.High;

    public static IReadOnlyList<string> All { get; } = [CaseHazardFlag, AccessDenied, ChildNotSeen];

    /// <summary>The flags that hold for the case described by <paramref name="context"/>.</summary>
    public static IReadOnlySet<string> For(RiskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        if (context.Hazards.Any(h => h.Severity >= HazardFlagThreshold))
        {
            flags.Add(CaseHazardFlag);
        }

        if (context.AccessDenied || context.Hazards.Any(h => string.Equals(h.Kind, AccessDeniedKind, StringComparison.Ordinal)))
        {
            flags.Add(AccessDenied);
        }

        if (context.ChildNotSeen)
        {
            flags.Add(ChildNotSeen);
        }

        return flags;
    }
}
