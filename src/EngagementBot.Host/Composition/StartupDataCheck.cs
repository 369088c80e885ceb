using EngagementBot.Cards;
using EngagementBot.Dialogs.Definitions;
using EngagementBot.Guidance.Loading;

namespace EngagementBot.Host.Composition;

/// <summary>
/// Loads the data the bot runs on — card templates, dialog definitions, procedure packs — while
/// the host starts, so a broken file stops the start with a message naming it, instead of failing
/// a practitioner's first turn.
/// </summary>
public sealed partial class StartupDataCheck(
    ICardTemplates cards,
    DialogCatalog dialogs,
    PackCatalog packs,
    ILogger<StartupDataCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(cards.Ids.Count, dialogs.Dialogs.Count, packs.Active.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {CardCount} card templates, {DialogCount} dialogs; active procedure pack {PackId}")]
    private partial void LogLoaded(int cardCount, int dialogCount, string packId);
}
