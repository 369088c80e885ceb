using System.IO.Compression;
using System.Text.Json.Nodes;
using EngagementBot.Testing;

namespace EngagementBot.Manifest.Tests;

[Collection(BuiltPackageDefinition.Name)]
public sealed class PackageBuildTests(BuiltPackageFixture package)
{
    [Fact]
    public void Build_TestSettings_ExitsZeroAndWritesZip()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.StdOut + package.Result.StdErr);
        Assert.True(File.Exists(package.ZipPath), "no package at " + package.ZipPath);
    }

    [Fact]
    public void Build_TestSettings_ZipHoldsExactlyManifestAndIconsAtRoot()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.EntryNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_TestSettings_SubstitutesEveryPlaceholder()
    {
        Assert.Contains("${{", File.ReadAllText(ManifestScripts.Template), StringComparison.Ordinal);
        Assert.NotEmpty(package.ManifestText);
        Assert.DoesNotContain("${{", package.ManifestText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TestSettings_UsesTheSettingsValues()
    {
        var manifest = package.Manifest();
        var botId = TestSettings.Values["BOT_APP_ID"];
        Assert.Equal(TestSettings.Values["TEAMS_APP_ID"], (string?)manifest["id"]);
        Assert.Equal(TestSettings.Values["APP_VERSION"], (string?)manifest["version"]);
        Assert.Equal(TestSettings.Values["APP_NAME_SHORT"], (string?)manifest["name"]?["short"]);
        Assert.Equal(botId, (string?)manifest["bots"]?[0]?["botId"]);
        Assert.Equal(botId, (string?)manifest["webApplicationInfo"]?["id"]);
        Assert.Equal($"api://botid-{botId}", (string?)manifest["webApplicationInfo"]?["resource"]);
        Assert.Equal([TestSettings.Values["BOT_DOMAIN"]], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("EngagementBot project", (string?)manifest["developer"]?["name"]);
        Assert.Equal(TestSettings.Values["WEBSITE_URL"], (string?)manifest["developer"]?["websiteUrl"]);
        Assert.Equal(TestSettings.Values["PRIVACY_URL"], (string?)manifest["developer"]?["privacyUrl"]);
        Assert.Equal(TestSettings.Values["TERMS_URL"], (string?)manifest["developer"]?["termsOfUseUrl"]);
    }

    [Fact]
    public void Build_TestSettings_WritesReadableManifestBesideZip()
    {
        var beside = File.ReadAllText(Path.Combine(package.OutDir, "manifest.json"));

        Assert.Equal(package.ManifestText, beside);
    }

    [Fact]
    public void Build_SetOverridesSettingsFile_UsesTheSetValue()
    {
        using var temp = new TempDirectory();

        var result = ManifestScripts.Build(
            "--settings", TestSettings.WriteTo(temp.Path), "--set", "APP_VERSION=7.8.9", "--out-dir", temp.Combine("out"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        var manifest = JsonNode.Parse(File.ReadAllText(temp.Combine("out/manifest.json")))!;
        Assert.Equal("7.8.9", (string?)manifest["version"]);
        Assert.Equal(TestSettings.Values["BOT_APP_ID"], (string?)manifest["bots"]?[0]?["botId"]);
    }

    [Fact]
    public void Build_DefaultsOnly_MakesAValidPackage()
    {
        using var temp = new TempDirectory();

        var result = ManifestScripts.Build("--out-dir", temp.Path);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var report = ManifestScripts.Validate(Path.Combine(temp.Path, ManifestScripts.PackageFileName));
        Assert.True(report.ExitCode == 0 && report.Errors.Count == 0, report.Describe());
    }

    [Fact]
    public void Build_SameSettingsTwice_WritesIdenticalZips()
    {
        using var temp = new TempDirectory();
        var settings = TestSettings.WriteTo(temp.Path);

        var first = ManifestScripts.Build("--settings", settings, "--out-dir", temp.Combine("a"));
        var second = ManifestScripts.Build("--settings", settings, "--out-dir", temp.Combine("b"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(
            File.ReadAllBytes(temp.Combine("a/" + ManifestScripts.PackageFileName)),
            File.ReadAllBytes(temp.Combine("b/" + ManifestScripts.PackageFileName)));
    }

    [Fact]
    public void Build_InvalidBotAppId_FailsPrintsSchemaErrorAndWritesNoZip()
    {
        using var temp = new TempDirectory();

        var result = ManifestScripts.Build(
            "--settings", TestSettings.WriteTo(temp.Path), "--set", "BOT_APP_ID=not-a-guid", "--out-dir", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[schema] /bots/0/botId", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out/" + ManifestScripts.PackageFileName)));
    }

    [Fact]
    public void Build_FailureAfterSuccess_RemovesTheStalePackage()
    {
        using var temp = new TempDirectory();
        var settings = TestSettings.WriteTo(temp.Path);
        var zip = temp.Combine("out/" + ManifestScripts.PackageFileName);
        Assert.Equal(0, ManifestScripts.Build("--settings", settings, "--out-dir", temp.Combine("out")).ExitCode);
        Assert.True(File.Exists(zip));

        var result = ManifestScripts.Build("--settings", settings, "--set", "APP_VERSION=one", "--out-dir", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/version", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(zip), "a stale package from the previous build was left behind");
    }

    [Fact]
    public void Build_PlaceholderWithoutValue_FailsNamingIt()
    {
        using var temp = new TempDirectory();
        var template = File.ReadAllText(ManifestScripts.Template)
            .Replace("\"${{APP_VERSION}}\"", "\"${{RELEASE_TRAIN}}\"", StringComparison.Ordinal);
        File.WriteAllText(temp.Combine("manifest.template.json"), template);
        File.Copy(Path.Combine(RepoPaths.Manifest, "color.png"), temp.Combine("color.png"));
        File.Copy(Path.Combine(RepoPaths.Manifest, "outline.png"), temp.Combine("outline.png"));

        var result = ManifestScripts.Build(
            "--template", temp.Combine("manifest.template.json"), "--out-dir", temp.Combine("out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("RELEASE_TRAIN", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out/" + ManifestScripts.PackageFileName)));
    }

    [Fact]
    public void Build_UnknownArgument_ExitsWithUsage()
    {
        var result = ManifestScripts.Build("--zip-it");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage:", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildSh_TestSettings_WritesValidPackage()
    {
        using var temp = new TempDirectory();

        var result = ManifestScripts.BuildWithShell(
            "--no-env", "--settings", TestSettings.WriteTo(temp.Path), "--out-dir", temp.Path);

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var zip = ZipFile.OpenRead(Path.Combine(temp.Path, ManifestScripts.PackageFileName));
        Assert.Equal(3, zip.Entries.Count);
    }
}
