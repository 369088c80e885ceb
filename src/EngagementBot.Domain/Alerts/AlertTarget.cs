namespace EngagementBot.Domain.Alerts;

/// <summary>
/// Someone an alert goes to: a person by directory object id (<see cref="AlertTargetKind.Person"/>, who
/// sees where the worker went and how to reach them) or a Teams channel by its channel id
/// (<see cref="AlertTargetKind.Channel"/>, which sees no personal data). <paramref name="Role"/> says why
/// they are on the ladder (<see cref="AlertRoles"/>), shown on cards and recorded.
/// </summary>
public sealed record AlertTarget(AlertTargetKind Kind, string Id, string Role)
{
    public static AlertTarget Person(string aadObjectId, string role) => new(AlertTargetKind.Person, aadObjectId, role);

    public static AlertTarget Channel(string teamsChannelId, string role) => new(AlertTargetKind.Channel, teamsChannelId, role);
}

public enum AlertTargetKind
{
    Person,
    Channel,
}

/// <summary>One rung of the ladder: everyone asked at the same time.</summary>
public sealed record AlertRung(IReadOnlyList<AlertTarget> Targets);

/// <summary>The roles of <see cref="AlertTarget"/>s.</summary>
public static class AlertRoles
{
    public const string LineManager = "line-manager";
    public const string SecondContact = "second-contact";
    public const string OutOfHours = "out-of-hours";
    public const string TeamChannel = "team-channel";
}
