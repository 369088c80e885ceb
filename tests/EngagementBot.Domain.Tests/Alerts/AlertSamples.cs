using EngagementBot.Domain.Alerts;
using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Domain.Tests.Alerts;

/// <summary>A three-rung ladder (line manager; second contact and out-of-hours; the team channel) and alerts on it.</summary>
internal static class AlertSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 11, 10, 0, TimeSpan.Zero);

    public const string LineManager = "aad-line-manager";
    public const string SecondContact = "aad-second-contact";
    public const string OutOfHours = "aad-out-of-hours";
    public const string Channel = "19:north@thread.tacv2";

    public static SessionWorker Worker => new("aad-worker", "29:worker", new ConversationRef("msteams", "a:worker"), "Sam Worker");

    public static IReadOnlyList<AlertRung> Ladder =>
    [
        new([AlertTarget.Person(LineManager, AlertRoles.LineManager)]),
        new([AlertTarget.Person(SecondContact, AlertRoles.SecondContact), AlertTarget.Person(OutOfHours, AlertRoles.OutOfHours)]),
        new([AlertTarget.Channel(Channel, AlertRoles.TeamChannel)]),
    ];

    public static SafetyAlert Raised(AlertKind kind = AlertKind.Overdue) => SafetyAlert.Raise(
        Guid.NewGuid(), kind, Guid.NewGuid(), "SC-0042", "north", Worker, new Whereabouts("home", "12 Example Road", null),
        T0.AddMinutes(-10), Ladder, T0, T0.AddMinutes(10));

    public static SafetyAlert Arming() => SafetyAlert.Arm(
        Guid.NewGuid(), Guid.NewGuid(), "SC-0042", "north", Worker, null, Ladder, T0, T0.AddSeconds(5));
}
