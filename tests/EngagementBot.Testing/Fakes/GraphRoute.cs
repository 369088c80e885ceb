namespace EngagementBot.Testing.Fakes;

/// <summary>The Graph endpoints <see cref="FakeGraphServer"/> serves.</summary>
public enum GraphRoute
{
    /// <summary><c>GET /v1.0/users/{id}/manager</c></summary>
    Manager,

    /// <summary><c>GET /v1.0/users/{id}</c></summary>
    User,

    /// <summary><c>GET /v1.0/users/{id}/teamwork/installedApps</c></summary>
    ListInstalledApps,

    /// <summary><c>POST /v1.0/users/{id}/teamwork/installedApps</c></summary>
    InstallApp,

    /// <summary><c>POST /v1.0/users/{id}/teamwork/sendActivityNotification</c></summary>
    SendActivityNotification,

    /// <summary><c>POST /v1.0/users/{id}/sendMail</c></summary>
    SendMail,
}
