using EngagementBot.Domain.Cases;
using EngagementBot.Domain.Conversations;
using EngagementBot.Domain.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EngagementBot.Storage.Tests.Contract;

/// <summary>
/// A minimal application composed the way the real host does it (<c>AddEngagementBotStorage</c>
/// over configuration), so starting it runs option validation and the storage initializer, and
/// disposing it closes the database like a process exit.
/// </summary>
public sealed class StorageTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;
    private bool _disposed;

    private StorageTestHost(IHost host)
    {
        _host = host;
    }

    public IProcessedActivityStore ProcessedActivities => Get<IProcessedActivityStore>();

    public IConversationReferenceStore ConversationReferences => Get<IConversationReferenceStore>();

    public IDialogStateStore DialogStates => Get<IDialogStateStore>();

    public IOutboxStore Outbox => Get<IOutboxStore>();

    public IHazardFlagStore HazardFlags => Get<IHazardFlagStore>();

    public IStorageInitializer Initializer => Get<IStorageInitializer>();

    public IStorageHealth Health => Get<IStorageHealth>();

    public static StorageTestHost Create(IReadOnlyDictionary<string, string?> settings, string? contentRoot = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddEngagementBotStorage(builder.Configuration);
        return new StorageTestHost(builder.Build());
    }

    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_started)
        {
            await _host.StopAsync();
        }

        _host.Dispose();
    }
}
