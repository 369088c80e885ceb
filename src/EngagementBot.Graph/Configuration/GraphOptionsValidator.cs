using Microsoft.Extensions.Options;

namespace EngagementBot.Graph.Configuration;

/// <summary>
/// When Graph is enabled, refuses to start without what every Graph service needs, naming each
/// missing setting. A disabled integration needs nothing.
/// </summary>
internal sealed class GraphOptionsValidator(IEnumerable<GraphCredentialOverride> credentialOverrides) : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!credentialOverrides.Any())
        {
            Require(failures, options.TenantId, "Graph:TenantId (or Bot:TenantId)");
            Require(failures, options.ClientId, "Graph:ClientId (or Bot:AppId)");
            Require(failures, options.ClientSecret, "Graph:ClientSecret (or Bot:AppPassword)");
        }

        Require(failures, options.TeamsAppId, "Graph:TeamsAppId");
        Require(failures, options.MailSenderAadObjectId, "Graph:MailSenderAadObjectId");

        if (!GraphEndpoint.TryParse(options.BaseUrl, out _))
        {
            failures.Add("Graph:BaseUrl must be an absolute https URL (plain http only on a loopback host).");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Graph:Timeout must be > 0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required when Graph:Enabled is true.");
        }
    }
}
