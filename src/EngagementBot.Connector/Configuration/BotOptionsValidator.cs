using Microsoft.Extensions.Options;

namespace EngagementBot.Connector.Configuration;

/// <summary>
/// Refuses to start without credentials unless development authentication is explicitly on,
/// naming every missing setting.
/// </summary>
public sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!options.DevelopmentAuthentication)
        {
            RequireSetting(failures, options.AppId, "Bot:AppId");
            RequireSetting(failures, options.AppPassword, "Bot:AppPassword");
            RequireSetting(failures, options.TenantId, "Bot:TenantId");
            RequireMetadataUrl(failures, options.OpenIdMetadataUrl, "Bot:OpenIdMetadataUrl");
            if (!string.IsNullOrWhiteSpace(options.EntraOpenIdMetadataUrl))
            {
                RequireMetadataUrl(failures, options.EntraOpenIdMetadataUrl, "Bot:EntraOpenIdMetadataUrl");
            }
        }

        var retry = options.Retry;
        if (retry is null)
        {
            failures.Add("Bot:Retry must not be empty.");
        }
        else
        {
            if (retry.MaxAttempts is < 1 or > 20)
            {
                failures.Add("Bot:Retry:MaxAttempts must be between 1 and 20.");
            }

            if (retry.BaseDelay < TimeSpan.Zero || retry.MaxDelay < retry.BaseDelay)
            {
                failures.Add("Bot:Retry:BaseDelay must be >= 0 and Bot:Retry:MaxDelay >= BaseDelay.");
            }

            if (retry.MaxRetryAfter < TimeSpan.Zero)
            {
                failures.Add("Bot:Retry:MaxRetryAfter must be >= 0.");
            }

            if (retry.AttemptTimeout <= TimeSpan.Zero)
            {
                failures.Add("Bot:Retry:AttemptTimeout must be > 0.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireSetting(List<string> failures, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required (or set Bot:DevelopmentAuthentication=true for local development only).");
        }
    }

    private static void RequireMetadataUrl(List<string> failures, string? value, string key)
    {
        if (!MetadataAddressPolicy.IsAllowed(value))
        {
            failures.Add($"{key} must be an absolute https URL (plain http only on a loopback host).");
        }
    }
}
