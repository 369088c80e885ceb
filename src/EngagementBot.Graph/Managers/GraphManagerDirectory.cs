using EngagementBot.Graph.Client;
using EngagementBot.Graph.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace EngagementBot.Graph.Managers;

internal sealed partial class GraphManagerDirectory(
    GraphServiceClient graph,
    IOptions<GraphOptions> options,
    TimeProvider clock,
    ILogger<GraphManagerDirectory> logger) : IManagerDirectory
{
    private static readonly string[] ManagerFields = ["id", "displayName", "mail", "userPrincipalName"];

    public async Task<DirectoryUser?> FindLineManagerAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        return await GraphErrors.RunAsync(
            "get line manager",
            async ct =>
            {
                try
                {
                    var manager = await graph.Users[userAadObjectId].Manager.GetAsync(
                        request => request.QueryParameters.Select = ManagerFields,
                        ct);
                    return ToDirectoryUser(manager);
                }
                catch (ApiException ex) when (ex.ResponseStatusCode == 404)
                {
                    // Graph answers 404 both for "no manager" and for an unknown user: nobody to ask.
                    return null;
                }
            },
            clock,
            cancellationToken);
    }

    public async Task<ApproverSet> ResolveApproversAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        var approvers = ApproverRules.Resolve(await FindLineManagerAsync(userAadObjectId, cancellationToken), userAadObjectId, options.Value);
        switch (approvers.Source)
        {
            case ApproverSource.None:
                LogNoApprover();
                break;
            case ApproverSource.Fallback:
                LogUsingFallback();
                break;
        }

        return approvers;
    }

    private static DirectoryUser? ToDirectoryUser(DirectoryObject? manager) => manager switch
    {
        null or { Id: null or "" } => null,
        User user => new DirectoryUser(user.Id!, user.DisplayName, user.Mail, user.UserPrincipalName),
        // a manager that is not a user (rare): keep the id, which is what delivery needs
        _ => new DirectoryUser(manager.Id!, null, null, null),
    };


    [LoggerMessage(Level = LogLevel.Information, Message = "Graph has no line manager for a user; using the configured fallback approver")]
    private partial void LogUsingFallback();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph has no line manager for a user and Graph:FallbackManagerAadObjectId is not set; there is no approver")]
    private partial void LogNoApprover();
}
