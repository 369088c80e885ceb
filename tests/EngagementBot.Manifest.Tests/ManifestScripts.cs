using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementBot.Testing;

namespace EngagementBot.Manifest.Tests;

/// <summary>One finding of tools/manifest/validate.js.</summary>
public sealed record Finding(string Source, string Path, string Message);

/// <summary>What tools/manifest/validate.js printed, parsed.</summary>
public sealed record ValidationReport(int ExitCode, IReadOnlyList<Finding> Errors, JsonElement Json, string StdErr)
{
    public string Describe() => $"exit {ExitCode}; errors: {string.Join("; ", Errors.Select(e => $"[{e.Source}] {e.Path}: {e.Message}"))}; stderr: {StdErr}";
}

/// <summary>The scripts in tools/manifest, run through <see cref="NodeTool"/>.</summary>
public static partial class ManifestScripts
{
    public static string BuildScript => Path.Combine(RepoPaths.Tools, "manifest", "build.js");

    public static string BuildShell => Path.Combine(RepoPaths.Tools, "manifest", "build.sh");

    public static string ValidateScript => Path.Combine(RepoPaths.Tools, "manifest", "validate.js");

    public static string MakeIconsScript => Path.Combine(RepoPaths.Tools, "manifest", "make-icons.js");

    public static string Template => Path.Combine(RepoPaths.Manifest, "manifest.template.json");

    public const string PackageFileName = "engagementbot-teams-app.zip";

    /// <summary>Runs build.js without reading the environment, so a developer's variables cannot leak in.</summary>
    public static NodeResult Build(params string[] arguments) => NodeTool.Run(BuildScript, ["--no-env", .. arguments]);

    public static ValidationReport Validate(string input)
    {
        var result = NodeTool.Run(ValidateScript, [input]);
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(result.StdOut);
            json = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException(
                $"validate.js printed no JSON (exit {result.ExitCode}): {result.StdOut}\n{result.StdErr}", ex);
        }

        var errors = json.GetProperty("errors").EnumerateArray()
            .Select(e => new Finding(
                e.GetProperty("source").GetString() ?? "",
                e.GetProperty("path").GetString() ?? "",
                e.GetProperty("message").GetString() ?? ""))
            .ToList();
        return new ValidationReport(result.ExitCode, errors, json, result.StdErr);
    }

    /// <summary>Runs build.sh with bash, as a person would (the environment is the test's own).</summary>
    public static NodeResult BuildWithShell(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(BuildShell);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("build.sh did not finish in time");
        }

        return new NodeResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>The newest numbered Teams manifest schema that @microsoft/app-manifest bundles, e.g. "1.30".</summary>
    public static string NewestBundledSchemaVersion()
    {
        var teams = Path.Combine(RepoPaths.Tools, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
        return Directory.GetDirectories(teams)
            .Select(Path.GetFileName)
            .Select(name => NumberedVersion().Match(name ?? ""))
            .Where(match => match.Success)
            .Select(match => new Version(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Max()!
            .ToString();
    }

    [GeneratedRegex(@"^v(\d+)\.(\d+)$")]
    private static partial Regex NumberedVersion();
}

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "engagementbot-manifest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder is harmless
        }
    }
}

/// <summary>Settings unlike the defaults, so a test sees that they, and not the defaults, were used.</summary>
public static class TestSettings
{
    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>
    {
        ["TEAMS_APP_ID"] = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
        ["BOT_APP_ID"] = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        ["BOT_DOMAIN"] = "bot.tests.example",
        ["APP_VERSION"] = "2.3.4",
        ["APP_NAME_SHORT"] = "EngagementBot Test",
        ["WEBSITE_URL"] = "https://tests.example/engagementbot",
        ["PRIVACY_URL"] = "https://tests.example/engagementbot/privacy",
        ["TERMS_URL"] = "https://tests.example/engagementbot/terms",
    };

    public static string WriteTo(string directory)
    {
        var file = Path.Combine(directory, "test-settings.json");
        File.WriteAllText(file, JsonSerializer.Serialize(Values));
        return file;
    }
}
