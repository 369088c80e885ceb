using EngagementBot.Connector.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EngagementBot.Connector.Authentication;

/// <summary>Says loudly, at every start, that inbound authentication is off.</summary>
internal sealed partial class DevelopmentAuthenticationWarning(
    IOptions<BotOptions> options,
    ILogger<DevelopmentAuthenticationWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DevelopmentAuthentication)
        {
            LogAuthenticationDisabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "AUTHENTICATION IS DISABLED (Bot:DevelopmentAuthentication=true): every request to the messaging endpoint is accepted without a token. Use only with the local Agents Playground, never in production.")]
    private static partial void LogAuthenticationDisabled(ILogger logger);
}
