using System.Diagnostics;

namespace EngagementBot.Testing;

/// <summary>The result of running a node script: exit code and what it printed.</summary>
public sealed record NodeResult(int ExitCode, string StdOut, string StdErr);

/// <summary>
/// Runs node scripts against the npm peers installed in <c>tools/node_modules</c> (Microsoft's
/// adaptivecards, adaptivecards-templating, app-manifest, the Agents Playground). A missing
/// install is a test failure with the command that fixes it, never a silent skip.
/// </summary>
public static class NodeTool
{
    public static NodeResult Run(string scriptPath, IEnumerable<string> arguments, string? stdin = null, TimeSpan? timeout = null)
    {
        var modules = Path.Combine(RepoPaths.Tools, "node_modules");
        if (!Directory.Exists(modules))
        {
            throw new InvalidOperationException(
                $"npm peers are not installed ({modules} missing). Run ./test.sh, or 'npm ci' in tools/.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            WorkingDirectory = RepoPaths.Tools,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(scriptPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {scriptPath} did not finish in time");
        }

        return new NodeResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
