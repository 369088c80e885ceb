using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using EngagementBot.Testing;

namespace EngagementBot.Cards.Tests;

public sealed class CardServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddCardTemplates(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void AddCardTemplates_CardsPath_LoadsThatFolderOnce()
    {
        using var provider = Build(new() { ["Cards:Path"] = RepoPaths.Cards });
        var templates = provider.GetRequiredService<ICardTemplates>();
        Assert.Same(provider.GetRequiredService<CardTemplates>(), templates);
        Assert.Contains("menu", templates.Ids);
        Assert.Equal(RepoPaths.Cards, ((CardTemplates)templates).Folder);
    }

    [Fact]
    public void AddCardTemplates_NoPath_FindsTheCardsFolder()
    {
        using var provider = Build([]);
        var card = provider.GetRequiredService<ICardTemplates>().Render("menu", (object?)null);
        Assert.Contains("\"sos\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCardTemplates_MissingFolder_FailsOnFirstUse()
    {
        using var provider = Build(new() { ["Cards:Path"] = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) });
        Assert.Throws<DirectoryNotFoundException>(() => provider.GetRequiredService<ICardTemplates>());
    }
}
