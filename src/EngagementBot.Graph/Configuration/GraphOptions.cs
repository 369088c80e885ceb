namespace EngagementBot.Graph.Configuration;

/// <summary>
/// Microsoft Graph settings, bound from the <c>Graph</c> configuration section. When
/// <see cref="TenantId"/>, <see cref="ClientId"/> or <see cref="ClientSecret"/> is empty the
/// bot's own <c>Bot:TenantId</c>, <c>Bot:AppId</c> and <c>Bot:AppPassword</c> are used: the same
/// app registration is normally granted the Graph application permissions.
/// </summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Off by default. When false, every Graph service throws a non-transient
    /// <see cref="GraphDeliveryException"/> saying so (the outbox marks such messages failed).
    /// </summary>
    public bool Enabled { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Graph root including the version segment; tests point it at a local fake.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// The app's id in the tenant's Teams app catalog (<c>teamsApp.id</c>, NOT the manifest id:
    /// an app uploaded to the org catalog gets its own catalog id; the manifest id is its
    /// <c>externalId</c>).
    /// </summary>
    public string? TeamsAppId { get; set; }

    /// <summary>The Entra object id of the mailbox the bot sends mail from (<c>/users/{id}/sendMail</c>).</summary>
    public string? MailSenderAadObjectId { get; set; }

    /// <summary>Keep a copy of sent notifications in the sender mailbox. Off: the outbox is the record.</summary>
    public bool SaveMailToSentItems { get; set; }

    /// <summary>Who approves when Graph knows no line manager for a user (optional).</summary>
    public string? FallbackManagerAadObjectId { get; set; }

    /// <summary>
    /// Approver (manager or fallback) object id → object ids of the people who may act for them,
    /// e.g. <c>"Delegates": { "&lt;managerId&gt;": [ "&lt;deputyId&gt;" ] }</c>
    /// (<c>Graph__Delegates__&lt;managerId&gt;__0</c> as an environment variable).
    /// </summary>
    public Dictionary<string, List<string>> Delegates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per Graph request; a call that takes longer fails as transient.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
