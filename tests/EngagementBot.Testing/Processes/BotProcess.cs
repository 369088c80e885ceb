namespace EngagementBot.Testing.Processes;

/// <summary>
/// The built bot host run as a real process on a free loopback port with development
/// authentication (as README command 1 runs it), with its SQLite database in a folder the test
/// owns, so the process can be killed and started again over the same data.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private ChildProcess? _process;

    public BotProcess(string dataFolder, IDictionary<string, string>? settings = null)
    {
        DataFolder = dataFolder;
        Settings = settings ?? new Dictionary<string, string>();
        Port = FreePort.Next();
    }

    public string DataFolder { get; }

    public IDictionary<string, string> Settings { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    public string Output => _process?.Output ?? string.Empty;

    public static string HostDll()
    {
        // tests/X/bin/<Configuration>/net10.0/ → the same configuration of the host
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "src", "EngagementBot.Host", "bin", configuration, "net10.0", "EngagementBot.Host.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"Build the solution first (./test.sh does): {dll} is missing.");
    }

    public async Task StartAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Storage__Sqlite__Path"] = Path.Combine(DataFolder, "engagementbot.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in Settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var dll = HostDll();
        _process = ChildProcess.Start("dotnet", [dll, "--urls", BaseAddress.ToString().TrimEnd('/')], Path.GetDirectoryName(dll)!, environment);
        await _process.WaitForHttpAsync(new Uri(BaseAddress, "healthz"), TimeSpan.FromSeconds(60));
    }

    /// <summary>Kills the bot without warning, as a crash would.</summary>
    public void Kill() => _process?.Kill();

    public void Dispose() => _process?.Dispose();
}
