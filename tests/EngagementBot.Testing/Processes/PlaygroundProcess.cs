namespace EngagementBot.Testing.Processes;

/// <summary>The Microsoft 365 Agents Playground (tools/playground/start.sh) on a free loopback port.</summary>
public sealed class PlaygroundProcess : IDisposable
{
    private readonly ChildProcess _process;

    private PlaygroundProcess(ChildProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string Output => _process.Output;

    public static async Task<PlaygroundProcess> StartAsync(Uri botEndpoint)
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.Tools, "node_modules", "@microsoft", "m365agentsplayground")))
        {
            throw new InvalidOperationException("The Agents Playground is not installed: run ./test.sh (npm ci in tools/).");
        }

        var port = FreePort.Next();
        var script = Path.Combine(RepoPaths.Tools, "playground", "start.sh");
        var process = ChildProcess.Start("bash", [script, botEndpoint.ToString(), port.ToString(System.Globalization.CultureInfo.InvariantCulture)], RepoPaths.Tools);
        var playground = new PlaygroundProcess(process, port);
        await process.WaitForHttpAsync(new Uri(playground.BaseAddress, "_debug/ping"), TimeSpan.FromSeconds(60));
        return playground;
    }

    public void Dispose() => _process.Dispose();
}
