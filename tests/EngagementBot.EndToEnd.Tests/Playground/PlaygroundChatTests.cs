using System.Text.Json.Nodes;
using EngagementBot.Testing;
using EngagementBot.Testing.Processes;
using Xunit.Abstractions;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>A person's view: the real Playground UI in headless chromium, talking to the real bot process.</summary>
public sealed class PlaygroundChatTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "engagementbot-e2e", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task PersonalChat_SayHi_RendersTheMenuCard()
    {
        using var bot = new BotProcess(_data);
        await bot.StartAsync();
        using var playground = await PlaygroundProcess.StartAsync(bot.MessagesEndpoint);
        var screenshot = Path.Combine(_data, "menu.png");

        var result = NodeTool.Run(
            "e2e/playground-chat.js",
            ["--url", playground.BaseAddress.ToString().TrimEnd('/'), "--say", "hi", "--expect", "What would you like to do?", "--screenshot", screenshot],
            timeout: TimeSpan.FromMinutes(2));

        output.WriteLine(result.StdOut);
        var report = JsonNode.Parse(result.StdOut.Trim().Split('\n').Last())!;
        Assert.True(report["ok"]!.GetValue<bool>(), $"{result.StdOut}\n{result.StdErr}\nbot:\n{bot.Output}\nplayground:\n{playground.Output}");
        Assert.Contains("What would you like to do?", report["cardText"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Plan a visit", report["cardText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("I need help", report["cardText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(report["cardsBefore"]!.GetValue<int>() >= 1, "the install welcome card was shown before we typed");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "a screenshot of the rendered chat was taken");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
