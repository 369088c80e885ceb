using EngagementBot.Testing.Processes;
using EngagementBot.Testing.Transcripts;
using Xunit.Abstractions;

namespace EngagementBot.EndToEnd.Tests.Playground;

/// <summary>
/// One test's world: the built bot as a process (Development settings, its own SQLite data, plus
/// <see cref="Settings"/>), Microsoft's Agents Playground with our mock tenant pointed at it, the
/// current user's personal chat (<see cref="Chat"/>) and the rest of the tenant (<see cref="Tenant"/>).
/// Each test class instance gets its own, so tests never share a chat. Both processes' output is
/// written to the test log at the end.
/// </summary>
public abstract class PlaygroundScenario(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "engagementbot-e2e", Guid.NewGuid().ToString("N"));
    private BotProcess? _bot;
    private PlaygroundProcess? _playground;
    private PlaygroundTarget? _alex;
    private PlaygroundTenant? _tenant;

    /// <summary>Settings on top of the Development ones (e.g. short lone-worker timings).</summary>
    protected virtual IDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>
    /// Office hours all day, every day, so who is asked first (line manager, or the out-of-hours contact)
    /// does not depend on when the tests run; <see cref="Settings"/> can say otherwise.
    /// </summary>
    private static readonly Dictionary<string, string> AlwaysOfficeHours = new()
    {
        ["LoneWorker:WorkingHours:Start"] = "00:00:00",
        ["LoneWorker:WorkingHours:End"] = "23:59:59.9999999",
        ["LoneWorker:WorkingHours:Days:0"] = nameof(DayOfWeek.Monday),
        ["LoneWorker:WorkingHours:Days:1"] = nameof(DayOfWeek.Tuesday),
        ["LoneWorker:WorkingHours:Days:2"] = nameof(DayOfWeek.Wednesday),
        ["LoneWorker:WorkingHours:Days:3"] = nameof(DayOfWeek.Thursday),
        ["LoneWorker:WorkingHours:Days:4"] = nameof(DayOfWeek.Friday),
        ["LoneWorker:WorkingHours:Days:5"] = nameof(DayOfWeek.Saturday),
        ["LoneWorker:WorkingHours:Days:6"] = nameof(DayOfWeek.Sunday),
    };

    /// <summary>Alex's personal chat with the bot (Alex, the practitioner, is the Playground's current user).</summary>
    protected PlaygroundTarget Chat => _alex ?? throw new InvalidOperationException("not started");

    /// <summary>Everything else: the manager's chat, the channel, other people's presses.</summary>
    protected PlaygroundTenant Tenant => _tenant ?? throw new InvalidOperationException("not started");

    protected TranscriptScript Script() => new(Chat);

    /// <summary>Now, as the Playground timestamps its log (Unix milliseconds).</summary>
    protected static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>The test's output, for measurements a walkthrough reports.</summary>
    protected ITestOutputHelper Output => output;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(AlwaysOfficeHours);
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        _bot = new BotProcess(_data, settings);
        await _bot.StartAsync();
        _playground = await PlaygroundProcess.StartAsync(_bot.MessagesEndpoint);
        _tenant = await PlaygroundTenant.ConnectAsync(_playground.BaseAddress);
        _alex = await PlaygroundTarget.ConnectAsync(_playground.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        if (_alex is not null)
        {
            await _alex.DisposeAsync();
        }

        if (_tenant is not null)
        {
            output.WriteLine("the bot posted:\n  " + string.Join("\n  ", _tenant.BotMessages()));
            await _tenant.DisposeAsync();
        }

        output.WriteLine($"bot:\n{_bot?.Output}\nplayground:\n{_playground?.Output}");
    }

    /// <summary>After <see cref="DisposeAsync"/>: stops the processes and removes the bot's data.</summary>
    public void Dispose()
    {
        _playground?.Dispose();
        _bot?.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
