using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace EngagementBot.Graph.Installation;

internal sealed partial class GraphTeamsAppInstaller(
    GraphServiceClient graph,
    IOptions<GraphOptions> options,
    TimeProvider clock,
    ILogger<GraphTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    private const string TeamsAppBind = "teamsApp@odata.bind";

    public async Task<TeamsAppInstallOutcome> EnsureInstalledForUserAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        var settings = options.Value;
        var appId = settings.TeamsAppId;
        if (string.IsNullOrWhiteSpace(appId))
        {
            throw new GraphDeliveryException("install Teams app: Graph:TeamsAppId is not set", isTransient: false);
        }

        if (await IsInstalledAsync(userAadObjectId, appId, cancellationToken))
        {
            return TeamsAppInstallOutcome.AlreadyInstalled;
        }

        var outcome = await GraphErrors.RunAsync(
            "install Teams app",
            async ct =>
            {
                try
                {
                    var installation = new UserScopeTeamsAppInstallation
                    {
                        AdditionalData = new Dictionary<string, object>
                        {
                            [TeamsAppBind] = $"{settings.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{Uri.EscapeDataString(appId)}",
                        },
                    };
                    await graph.Users[userAadObjectId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: ct);
                    return TeamsAppInstallOutcome.Installed;
                }
                catch (ApiException ex) when (ex.ResponseStatusCode == 409)
                {
                    return TeamsAppInstallOutcome.AlreadyInstalled;
                }
            },
            clock,
            cancellationToken);

        if (outcome == TeamsAppInstallOutcome.Installed)
        {
            LogInstalled();
        }

        return outcome;
    }

    private Task<bool> IsInstalledAsync(string userAadObjectId, string appId, CancellationToken cancellationToken) =>
        GraphErrors.RunAsync(
            "list installed Teams apps",
            async ct =>
            {
                var page = await graph.Users[userAadObjectId].Teamwork.InstalledApps.GetAsync(
                    request =>
                    {
                        request.QueryParameters.Expand = ["teamsApp"];
                        request.QueryParameters.Filter = $"teamsApp/id eq '{appId.Replace("'", "''", StringComparison.Ordinal)}'";
                    },
                    ct);
                // the filter already narrows to our app; checking again costs nothing and guards a filter Graph ignored
                return page?.Value?.Any(installation => string.Equals(installation.TeamsApp?.Id, appId, StringComparison.OrdinalIgnoreCase)) == true;
            },
            clock,
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed the Teams app for a user through Graph")]
    private partial void LogInstalled();
}
