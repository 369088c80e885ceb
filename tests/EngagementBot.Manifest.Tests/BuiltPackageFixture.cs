using System.IO.Compression;
using System.Text.Json.Nodes;
using EngagementBot.Testing;

namespace EngagementBot.Manifest.Tests;

/// <summary>Builds the package once with <see cref="TestSettings"/> into a temp folder, for every test that reads it.</summary>
public sealed class BuiltPackageFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public BuiltPackageFixture()
    {
        OutDir = _directory.Combine("out");
        Result = ManifestScripts.Build("--settings", TestSettings.WriteTo(_directory.Path), "--out-dir", OutDir);
        ZipPath = Path.Combine(OutDir, ManifestScripts.PackageFileName);
        if (File.Exists(ZipPath))
        {
            using var zip = ZipFile.OpenRead(ZipPath);
            EntryNames = zip.Entries.Select(e => e.FullName).ToList();
            var manifest = zip.GetEntry("manifest.json");
            if (manifest is not null)
            {
                using var reader = new StreamReader(manifest.Open());
                ManifestText = reader.ReadToEnd();
            }
        }
    }

    public NodeResult Result { get; }

    public string OutDir { get; }

    public string ZipPath { get; }

    public IReadOnlyList<string> EntryNames { get; } = [];

    public string ManifestText { get; } = "";

    /// <summary>A fresh, mutable copy of the built manifest.</summary>
    public JsonObject Manifest() =>
        JsonNode.Parse(ManifestText)?.AsObject() ?? throw new InvalidOperationException("the built manifest is empty: " + Result.StdErr);

    public void Dispose() => _directory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltPackageDefinition : ICollectionFixture<BuiltPackageFixture>
{
    public const string Name = "built package";
}
