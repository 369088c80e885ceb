using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Sources;

/// <summary>The guidance documents of a folder (file name → <see cref="SourceIndex"/>).</summary>
public sealed class SourceLibrary
{
    private readonly Dictionary<string, SourceIndex> _documents;

    private SourceLibrary(Dictionary<string, SourceIndex> documents) => _documents = documents;

    public IReadOnlyCollection<string> Documents => _documents.Keys;

    public static SourceLibrary Load(string folder)
    {
        var documents = Directory.EnumerateFiles(folder, "*.txt")
            .ToDictionary(path => Path.GetFileName(path), path => SourceIndex.Parse(File.ReadAllText(path)), StringComparer.Ordinal);
        return new SourceLibrary(documents);
    }

    public SourceIndex? Find(string document) => _documents.GetValueOrDefault(document);

    /// <summary>True when the document is in the library and the section exists in it.</summary>
    public bool Contains(SourceRef source) => Find(source.Document)?.Contains(source.Section) ?? false;
}
