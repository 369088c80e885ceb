using EngagementBot.Testing;
using EngagementBot.Testing.Fakes;
using EngagementBot.Testing.Processes;

namespace EngagementBot.EndToEnd.Tests.Restart;

/// <summary>
/// Restart continuity for real: the built bot runs as a process, is killed without warning in the
/// middle of the demo dialog, and a new process over the same SQLite folder carries on — or, when
/// the definition changed meanwhile, says so instead of taking the answer for another question.
/// </summary>
public sealed class DialogRestartTests : IAsyncLifetime
{
    private const string CaseReferencePrompt = "What's the case reference? For example SC-0017-3.";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "engagementbot-e2e", Guid.NewGuid().ToString("N"));
    private FakeConnector _connector = null!;
    private TeamsChat _chat = null!;

    private string DataFolder => Path.Combine(_root, "data");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        _connector = await FakeConnector.StartAsync();
        _chat = new TeamsChat(_connector);
    }

    [Fact]
    public async Task Demo_BotKilledAtTheCaseReference_NewProcessContinuesAtTheSameStep()
    {
        using (var first = new BotProcess(DataFolder))
        {
            await first.StartAsync();
            await WalkToCaseReferenceAsync(first);
            first.Kill();
        }

        using var second = new BotProcess(DataFolder);
        await second.StartAsync();
        var replies = await _chat.SayAsync(second.MessagesEndpoint, "sc-0017-3");

        Assert.Equal(["Are there any animals at the address?"], replies);
    }

    [Fact]
    public async Task Demo_DefinitionChangedWhileTheBotWasDown_SaysTheQuestionsWereUpdatedInsteadOfMisrouting()
    {
        var dialogs = Path.Combine(_root, "dialogs");
        CopyFolder(RepoPaths.Dialogs, dialogs);
        var settings = new Dictionary<string, string> { ["Dialogs:Path"] = dialogs };
        using (var first = new BotProcess(DataFolder, settings))
        {
            await first.StartAsync();
            await WalkToCaseReferenceAsync(first);
            first.Kill();
        }

        var demo = Path.Combine(dialogs, "demo.json");
        var definition = await File.ReadAllTextAsync(demo);
        Assert.Contains(CaseReferencePrompt, definition, StringComparison.Ordinal);
        await File.WriteAllTextAsync(demo, definition.Replace(CaseReferencePrompt, "What is the case reference (like SC-0017-3)?", StringComparison.Ordinal));

        using var second = new BotProcess(DataFolder, settings);
        await second.StartAsync();
        var replies = await _chat.SayAsync(second.MessagesEndpoint, "SC-0017-3");

        var reply = Assert.Single(replies);
        Assert.Contains("have been updated since we last spoke", reply, StringComparison.Ordinal);
        Assert.Contains("Nothing you told me has been used", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("animals", reply, StringComparison.OrdinalIgnoreCase);

        var restarted = await _chat.SayAsync(second.MessagesEndpoint, "yes");
        Assert.Contains("short name", Assert.Single(restarted), StringComparison.Ordinal);
    }

    private async Task WalkToCaseReferenceAsync(BotProcess bot)
    {
        Assert.Contains("short name", Assert.Single(await _chat.SayAsync(bot.MessagesEndpoint, "demo")), StringComparison.Ordinal);
        Assert.Equal([CaseReferencePrompt], await _chat.SayAsync(bot.MessagesEndpoint, "Practice 1"));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
