using Microsoft.Extensions.Hosting;

namespace EngagementBot.Storage.Startup;

/// <summary>Runs the storage initializer when the host starts, before it serves requests.</summary>
internal sealed class StorageInitializationService(IStorageInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
