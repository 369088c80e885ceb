namespace EngagementBot.Host.Flows.Escalations;

/// <summary>The kind of concern an escalation is about (the dialog's <c>concern</c> values).</summary>
public enum ConcernKind
{
    NonEngagement,
    AccessRefused,
    ContinuingWorry,
}

/// <summary>The stored names of <see cref="ConcernKind"/> (the dialog's choice values).</summary>
public static class ConcernKinds
{
    public static string Name(ConcernKind kind) => kind switch
    {
        ConcernKind.NonEngagement => "non-engagement",
        ConcernKind.AccessRefused => "access-refused",
        _ => "continuing-worry",
    };

    public static ConcernKind? Parse(string? name) =>
        Enum.GetValues<ConcernKind>().Cast<ConcernKind?>().FirstOrDefault(k => Name(k!.Value) == name);
}
