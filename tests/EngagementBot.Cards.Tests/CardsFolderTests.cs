using EngagementBot.Testing;

namespace EngagementBot.Cards.Tests;

public sealed class CardsFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "eb-folder-" + Guid.NewGuid().ToString("N"));

    public CardsFolderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Resolve_NoPath_FindsTheRepositoryCardsAboveTheBaseDirectory()
    {
        Assert.Equal(RepoPaths.Cards, CardsFolder.Resolve(null, null, AppContext.BaseDirectory));
    }

    [Fact]
    public void Resolve_NoPath_PrefersTheContentRoot()
    {
        var cards = Directory.CreateDirectory(Path.Combine(_root, "cards")).FullName;
        File.WriteAllText(Path.Combine(cards, "x.json"), "{}");
        var contentRoot = Directory.CreateDirectory(Path.Combine(_root, "app", "bin")).FullName;
        Assert.Equal(cards, CardsFolder.Resolve(null, contentRoot, AppContext.BaseDirectory));
    }

    [Fact]
    public void Resolve_NoPath_SkipsCardsFoldersWithoutTemplates()
    {
        Directory.CreateDirectory(Path.Combine(_root, "app", "cards"));
        var contentRoot = Path.Combine(_root, "app");
        Assert.Equal(RepoPaths.Cards, CardsFolder.Resolve(null, contentRoot, AppContext.BaseDirectory));
    }

    [Fact]
    public void Resolve_RelativePath_IsTakenFromTheContentRoot()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "my-cards")).FullName;
        Assert.Equal(folder, CardsFolder.Resolve("my-cards", _root, AppContext.BaseDirectory));
    }

    [Fact]
    public void Resolve_PathThatDoesNotExist_Throws()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => CardsFolder.Resolve("nowhere", _root, AppContext.BaseDirectory));
        Assert.Contains("Cards:Path", ex.Message, StringComparison.Ordinal);
    }
}
