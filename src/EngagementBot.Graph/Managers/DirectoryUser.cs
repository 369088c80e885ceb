namespace EngagementBot.Graph.Managers;

/// <summary>A person in the directory, as far as Graph told us (a fallback approver carries its id only).</summary>
public sealed record DirectoryUser(string AadObjectId, string? DisplayName, string? Mail, string? UserPrincipalName);
