using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementBot.Testing;

namespace EngagementBot.Manifest.Tests;

[Collection(BuiltPackageDefinition.Name)]
public sealed class PackageValidationTests(BuiltPackageFixture package)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Validate_BuiltZip_ReportsZeroErrors()
    {
        var report = ManifestScripts.Validate(package.ZipPath);

        Assert.True(report.ExitCode == 0, report.Describe());
        Assert.Empty(report.Errors);
        Assert.True(report.Json.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public void Validate_BuiltZip_UsesTheNewestBundledSchema()
    {
        var newest = ManifestScripts.NewestBundledSchemaVersion();
        var manifest = package.Manifest();

        var report = ManifestScripts.Validate(package.ZipPath);

        Assert.Equal(newest, report.Json.GetProperty("schemaVersion").GetString());
        Assert.Equal(newest, (string?)manifest["manifestVersion"]);
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{newest}/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
    }

    [Fact]
    public void Validate_ExtractedManifestJson_ReportsZeroErrors()
    {
        using var temp = new TempDirectory();
        ZipFile.ExtractToDirectory(package.ZipPath, temp.Path);

        var report = ManifestScripts.Validate(temp.Combine("manifest.json"));

        Assert.True(report.ExitCode == 0, report.Describe());
    }

    [Fact]
    public void Validate_ZipWrittenByDotNet_ReportsZeroErrors()
    {
        using var temp = new TempDirectory();
        ZipFile.ExtractToDirectory(package.ZipPath, temp.Combine("files"));
        var repacked = temp.Combine("repacked.zip");
        ZipFile.CreateFromDirectory(temp.Combine("files"), repacked, CompressionLevel.Optimal, includeBaseDirectory: false);

        var report = ManifestScripts.Validate(repacked);

        Assert.True(report.ExitCode == 0, report.Describe());
    }

    [Fact]
    public void Validate_ZipWithoutManifest_FailsWithPackageError()
    {
        using var temp = new TempDirectory();
        var zip = temp.Combine("icons-only.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Path.Combine(RepoPaths.Manifest, "color.png"), "color.png");
        }

        var report = ManifestScripts.Validate(zip);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains(report.Errors, e => e.Source == "package" && e.Message.Contains("manifest.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NotAFile_ExitsWithUsageError()
    {
        var result = NodeTool.Run(ManifestScripts.ValidateScript, [Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"))]);

        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("no bots", "rules", "/bots")]
    [InlineData("unknown manifestVersion", "schema", "/manifestVersion")]
    [InlineData("app version not semver", "rules", "/version")]
    [InlineData("packageName (removed after 1.16)", "schema", "")]
    [InlineData("developer without privacy URL", "schema", "/developer")]
    [InlineData("short name too long", "schema", "/name/short")]
    [InlineData("accent colour not hex", "schema", "/accentColor")]
    [InlineData("command title too long", "rules", "/bots/0/commandLists/0/commands/0/title")]
    [InlineData("SSO resource not the bot's", "rules", "/webApplicationInfo/resource")]
    [InlineData("placeholder left", "rules", "/validDomains/0")]
    [InlineData("domain with scheme", "rules", "/validDomains/0")]
    [InlineData("activity template text too long", "schema", "/activities/activityTypes/0/templateText")]
    public void Validate_BrokenManifest_FailsWithError(string breakage, string source, string path)
    {
        var manifest = package.Manifest();
        Break(manifest, breakage);

        var report = ValidateManifest(manifest);

        Assert.Equal(1, report.ExitCode);
        Assert.True(
            report.Errors.Any(e => e.Source == source && e.Path == path),
            $"expected a {source} error at '{path}' for {breakage}; {report.Describe()}");
    }

    private static void Break(JsonObject manifest, string breakage)
    {
        switch (breakage)
        {
            case "no bots":
                manifest.Remove("bots");
                break;
            case "unknown manifestVersion":
                manifest["manifestVersion"] = "1.99";
                break;
            case "app version not semver":
                manifest["version"] = "v2";
                break;
            case "packageName (removed after 1.16)":
                manifest["packageName"] = "org.example.engagementbot";
                break;
            case "developer without privacy URL":
                manifest["developer"]!.AsObject().Remove("privacyUrl");
                break;
            case "short name too long":
                manifest["name"]!["short"] = new string('E', 31);
                break;
            case "accent colour not hex":
                manifest["accentColor"] = "teal";
                break;
            case "command title too long":
                manifest["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('x', 33);
                break;
            case "SSO resource not the bot's":
                manifest["webApplicationInfo"]!["resource"] = "api://elsewhere.example/other";
                break;
            case "placeholder left":
                manifest["validDomains"]![0] = "${{BOT_DOMAIN}}";
                break;
            case "domain with scheme":
                manifest["validDomains"]![0] = "https://bot.tests.example";
                break;
            case "activity template text too long":
                manifest["activities"]!["activityTypes"]![0]!["templateText"] = new string('t', 129);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "no such breakage");
        }
    }

    private static ValidationReport ValidateManifest(JsonObject manifest)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("manifest.json"), manifest.ToJsonString(Indented));
        File.Copy(Path.Combine(RepoPaths.Manifest, "color.png"), temp.Combine("color.png"));
        File.Copy(Path.Combine(RepoPaths.Manifest, "outline.png"), temp.Combine("outline.png"));
        return ManifestScripts.Validate(temp.Path);
    }
}
