using System.Buffers.Binary;
using EngagementBot.Testing;

namespace EngagementBot.Manifest.Tests;

[Collection(BuiltPackageDefinition.Name)]
public sealed class IconTests(BuiltPackageFixture package)
{
    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void CommittedIcon_PngHeader_HasTeamsSize(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Manifest, file));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [Fact]
    public void Validate_BuiltZip_ReportsIconSizesAndNoNonWhiteOutlinePixels()
    {
        var icons = ManifestScripts.Validate(package.ZipPath).Json.GetProperty("icons");

        Assert.Equal(192, icons.GetProperty("color").GetProperty("width").GetInt32());
        Assert.Equal(192, icons.GetProperty("color").GetProperty("height").GetInt32());
        Assert.Equal(32, icons.GetProperty("outline").GetProperty("width").GetInt32());
        Assert.Equal(32, icons.GetProperty("outline").GetProperty("height").GetInt32());
        Assert.Equal(0, icons.GetProperty("outline").GetProperty("nonWhitePixels").GetInt32());
    }

    [Fact]
    public void Validate_ColourPictureAsOutline_FailsOnSizeAndPixels()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("manifest.json"), package.ManifestText);
        File.Copy(Path.Combine(RepoPaths.Manifest, "color.png"), temp.Combine("color.png"));
        File.Copy(Path.Combine(RepoPaths.Manifest, "color.png"), temp.Combine("outline.png"));

        var report = ManifestScripts.Validate(temp.Path);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains(report.Errors, e => e.Source == "icons" && e.Path == "/icons/outline" && e.Message.Contains("32x32", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Source == "icons" && e.Path == "/icons/outline" && e.Message.Contains("white", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OutlinePictureAsColour_FailsOnSize()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("manifest.json"), package.ManifestText);
        File.Copy(Path.Combine(RepoPaths.Manifest, "outline.png"), temp.Combine("color.png"));
        File.Copy(Path.Combine(RepoPaths.Manifest, "outline.png"), temp.Combine("outline.png"));

        var report = ManifestScripts.Validate(temp.Path);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains(report.Errors, e => e.Source == "icons" && e.Path == "/icons/color" && e.Message.Contains("192x192", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingIconFile_FailsNamingIt()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("manifest.json"), package.ManifestText);
        File.Copy(Path.Combine(RepoPaths.Manifest, "color.png"), temp.Combine("color.png"));

        var report = ManifestScripts.Validate(temp.Path);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains(report.Errors, e => e.Path == "/icons/outline" && e.Message.Contains("outline.png", StringComparison.Ordinal));
    }

    [Fact]
    public void MakeIconsCheck_CommittedIcons_MatchTheGenerator()
    {
        var result = NodeTool.Run(ManifestScripts.MakeIconsScript, ["--check"]);

        Assert.True(result.ExitCode == 0, result.StdErr);
    }

    [Fact]
    public void MakeIconsCheck_SwappedIcons_Fails()
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Manifest, "outline.png"), temp.Combine("color.png"));
        File.Copy(Path.Combine(RepoPaths.Manifest, "color.png"), temp.Combine("outline.png"));

        var result = NodeTool.Run(ManifestScripts.MakeIconsScript, ["--check", "--out-dir", temp.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("differs", result.StdErr, StringComparison.Ordinal);
    }
}
