namespace EngagementBot.Testing.Fakes;

/// <summary>A directory user known to <see cref="FakeGraphServer"/>.</summary>
public sealed record FakeGraphUser(string Id, string DisplayName, string? Mail, string? UserPrincipalName = null);
