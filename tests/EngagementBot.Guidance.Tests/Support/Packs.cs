using System.Text.Json.Nodes;
using EngagementBot.Guidance.Loading;
using EngagementBot.Guidance.Model;
using EngagementBot.Guidance.Sources;
using EngagementBot.Testing;

namespace EngagementBot.Guidance.Tests.Support;

/// <summary>The packs in the repository's seeds/packs and the shared guidance documents they cite.</summary>
public static class Packs
{
    private static readonly Lazy<SourceLibrary> LazySources = new(() => SourceLibrary.Load(RepoPaths.SharedSeeds));

    public static string Folder => Path.Combine(RepoPaths.Seeds, "packs");

    public static string Schema => Path.Combine(RepoPaths.Seeds, "procedure-pack.schema.json");

    public static SourceLibrary Sources => LazySources.Value;

    /// <summary>Every pack file name (e.g. "cwm-taf-children.json"), in name order.</summary>
    public static IReadOnlyList<string> FileList =>
        Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f)).ToList();

    /// <summary>Theory data over <see cref="FileList"/>: packs added later are tested without code changes.</summary>
    public static TheoryData<string> FileNames => new(FileList);

    public static ProcedurePack Load(string fileName) =>
        PackJson.Read(File.ReadAllText(Path.Combine(Folder, fileName)), fileName);

    public static ProcedurePack LoadById(string packId) => Load(packId + ".json");

    public static JsonNode LoadJson(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, fileName)))
        ?? throw new InvalidDataException(fileName + " is empty");

    public static string DocumentText(string document) =>
        File.ReadAllText(Path.Combine(RepoPaths.SharedSeeds, document));
}
