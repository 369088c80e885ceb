namespace EngagementBot.Guidance.Risk;

/// <summary>
/// What is known about the case apart from the practitioner's answers: the active hazard flags any agency
/// raised, whether access was refused or the child not seen, and the threatening behaviour ids recorded on
/// the case (pack rules test them with <c>{"behaviour": …}</c>).
/// </summary>
public sealed record RiskContext(
    IReadOnlyList<CaseHazard> Hazards,
    bool AccessDenied = false,
    bool ChildNotSeen = false,
    IReadOnlyCollection<string>? Behaviours = null)
{
    /// <summary>Nothing known about the case.</summary>
    public static RiskContext None { get; } = new([]);

    /// <summary>The pack flag names this context sets (see <see cref="CaseFlags.For"/>).</summary>
    public IReadOnlySet<string> Flags => CaseFlags.For(this);
}
