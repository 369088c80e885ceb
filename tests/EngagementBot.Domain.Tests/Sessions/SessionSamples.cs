using EngagementBot.Domain.Approvals;
using EngagementBot.Domain.Sessions;

namespace EngagementBot.Domain.Tests.Sessions;

/// <summary>A practitioner's planned home visit from 10:00, due back at 11:00.</summary>
internal static class SessionSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset VisitAt = T0.AddMinutes(30);

    public static readonly DateTimeOffset DueBack = VisitAt.AddHours(1);

    public const string WorkerId = "aad-worker";

    public static SessionWorker Worker => new(WorkerId, "29:worker", new ConversationRef("msteams", "a:worker"), "Sam Worker");

    public static Whereabouts Home => new("home", "12 Example Road", "07700 900123");

    public static VisitSession Planned() =>
        VisitSession.Start(Guid.Parse("5e551011-0000-4000-8000-000000000001"), Guid.NewGuid(), "SC-0042", "north", Worker, Home, VisitAt, DueBack, T0);
}
