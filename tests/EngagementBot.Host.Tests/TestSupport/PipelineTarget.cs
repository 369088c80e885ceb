using EngagementBot.Connector.Activities;
using EngagementBot.Connector.Client;
using EngagementBot.Connector.Turns.Invoke;
using EngagementBot.Domain.Turns;
using EngagementBot.Host.Composition;
using EngagementBot.Host.Turns;
using EngagementBot.Storage;
using EngagementBot.Testing;
using EngagementBot.Testing.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EngagementBot.Host.Tests.TestSupport;

/// <summary>
/// A transcript target that goes through the host's real <see cref="TurnPipeline"/> in-process,
/// without HTTP: each turn becomes the Teams activity that would carry it, and the activities the
/// pipeline sends come back as replies. The services are the host's own (<c>AddEngagementBot</c>,
/// development authentication, SQLite in a temporary folder), so de-duplication, conversation
/// references, mapping, the dialog engine, the card templates and the menu are all real; only the
/// connector is replaced by a <see cref="RecordingConnectorClient"/>.
/// </summary>
public sealed class PipelineTarget : ITranscriptTarget, IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dataFolder;

    private PipelineTarget(ServiceProvider services, RecordingConnectorClient connector, string dataFolder)
    {
        _services = services;
        _dataFolder = dataFolder;
        Connector = connector;
        Pipeline = services.GetRequiredService<TurnPipeline>();
    }

    public RecordingConnectorClient Connector { get; }

    public TurnPipeline Pipeline { get; }

    public IServiceProvider Services => _services;

    /// <summary>What the pipeline answered for the latest turn (handled, duplicate, …).</summary>
    public TurnPipelineResult? LastResult { get; private set; }

    /// <summary>Builds the host's services over a new SQLite database; <paramref name="settings"/> override the defaults.</summary>
    public static async Task<PipelineTarget> StartAsync(IDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "engagementbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var values = new Dictionary<string, string?>
        {
            ["Bot:DevelopmentAuthentication"] = "true",
            ["Storage:Sqlite:Path"] = Path.Combine(dataFolder, "bot.db"),
            ["Dialogs:Path"] = RepoPaths.Dialogs,
            ["Cards:Path"] = RepoPaths.Cards,
            ["Guidance:PacksPath"] = Path.Combine(RepoPaths.Seeds, "packs"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEngagementBot(configuration);
        var connector = new RecordingConnectorClient();
        services.RemoveAll<IConnectorClient>();
        services.AddSingleton<IConnectorClient>(connector);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<IStorageInitializer>().InitializeAsync(cancellationToken);
        return new PipelineTarget(provider, connector, dataFolder);
    }

    public async Task<IReadOnlyList<BotReply>> SendAsync(TurnInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var before = Connector.Sent.Count;
        LastResult = await Pipeline.ProcessAsync(TurnActivities.From(input), cancellationToken);

        var replies = Connector.Sent.Skip(before).Select(sent => ToReply(input, sent)).ToList();
        if (LastResult.Invoke is { } invoke)
        {
            replies.Add(FromInvoke(invoke));
        }

        return replies;
    }

    /// <summary>
    /// A sent activity as a reply, after checking it went where Teams needs it: into the turn's
    /// conversation, as a reply to the user's activity (an install is answered with a plain send).
    /// </summary>
    private static BotReply ToReply(TurnInput input, SentActivity sent)
    {
        if (sent.ConversationId != input.Conversation.ConversationId || sent.ServiceUrl != input.Conversation.ServiceUrl)
        {
            throw new InvalidOperationException($"the bot sent into conversation '{sent.ConversationId}' at '{sent.ServiceUrl}', not the turn's");
        }

        var expected = input.Kind == TurnKind.Installed ? RecordingConnectorClient.Send : RecordingConnectorClient.Reply;
        if (sent.Operation != expected || (expected == RecordingConnectorClient.Reply && sent.ReplyToId != input.ActivityId))
        {
            throw new InvalidOperationException($"expected a {expected} to activity '{input.ActivityId}' but the bot made a {sent.Operation} to '{sent.ReplyToId}'");
        }

        var activity = sent.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            throw new InvalidOperationException($"the bot sent a '{activity.Type}' activity, not a message");
        }

        if (activity.Text is { } text && activity.Attachments is not { Count: > 0 })
        {
            return BotReply.FromText(text);
        }

        if (activity.Text is null && activity.Attachments is [{ ContentType: Attachment.AdaptiveCardContentType, Content: { } card }])
        {
            return BotReply.FromCard(card.GetRawText());
        }

        throw new InvalidOperationException("a sent message must carry text or exactly one Adaptive Card");
    }

    private static BotReply FromInvoke(InvokeResponse invoke) => invoke.Body.Type switch
    {
        AdaptiveCardInvokeResponse.CardType => BotReply.FromCard(invoke.Body.Value.GetRawText()),
        AdaptiveCardInvokeResponse.MessageType => BotReply.FromText(invoke.Body.Value.GetString() ?? string.Empty),
        _ => BotReply.FromText($"[invoke {invoke.Body.StatusCode}] {invoke.Body.Value.GetRawText()}"),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: SQLite may still hold the WAL open for a moment
        }
    }
}
