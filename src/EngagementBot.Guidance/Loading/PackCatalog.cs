using EngagementBot.Guidance.Model;

namespace EngagementBot.Guidance.Loading;

/// <summary>All procedure packs of a deployment, by id, and the one it has chosen.</summary>
public sealed class PackCatalog
{
    private readonly Dictionary<string, ProcedurePack> _packs;

    private PackCatalog(Dictionary<string, ProcedurePack> packs, ProcedurePack active)
    {
        _packs = packs;
        Active = active;
    }

    public ProcedurePack Active { get; }

    public IReadOnlyCollection<ProcedurePack> Packs => _packs.Values;

    /// <summary>Reads every <c>*.json</c> in <paramref name="folder"/>. Duplicate ids or a missing active pack are errors.</summary>
    public static PackCatalog Load(string folder, string activePackId)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Packs folder not found: {folder}");
        }

        var packs = new Dictionary<string, ProcedurePack>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var pack = PackJson.Read(File.ReadAllText(file), file);
            try
            {
                Risk.RiskRuleCheck.Validate(pack);
                Engagement.EngagementPatternCheck.Validate(pack);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"{file}: {ex.Message}", ex);
            }

            if (!packs.TryAdd(pack.Id, pack))
            {
                throw new InvalidDataException($"{file}: pack id '{pack.Id}' is used by another pack");
            }
        }

        if (!packs.TryGetValue(activePackId, out var active))
        {
            throw new InvalidOperationException(
                $"Active pack '{activePackId}' not found in {folder} (found: {string.Join(", ", packs.Keys)})");
        }

        return new PackCatalog(packs, active);
    }

    public static PackCatalog Load(GuidanceOptions options) =>
        Load(PacksFolder.Resolve(options.PacksPath, AppContext.BaseDirectory), options.ActivePack);

    public ProcedurePack Get(string id) =>
        _packs.TryGetValue(id, out var pack) ? pack : throw new KeyNotFoundException($"No procedure pack '{id}'");

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProcedurePack? pack) =>
        _packs.TryGetValue(id, out pack);
}
