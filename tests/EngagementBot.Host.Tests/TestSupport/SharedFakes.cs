using EngagementBot.Testing.Fakes;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>
/// The fake connector and fake Graph several <see cref="BotHost"/>s share, as instances of one bot share
/// the real services; the caller starts and disposes them. Each host presents its own token
/// (<see cref="BotHost.OutboundToken"/> + <c>-</c> + <paramref name="Instance"/>), so a recorded call says which instance made it.
/// </summary>
public sealed record SharedFakes(FakeConnector Connector, FakeGraphServer? Graph, string Instance)
{
    /// <summary>The Authorization header of calls made by <paramref name="instance"/>.</summary>
    public static string AuthorizationOf(string instance) => $"Bearer {BotHost.OutboundToken}-{instance}";
}
