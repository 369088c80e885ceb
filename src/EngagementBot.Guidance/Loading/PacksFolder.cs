namespace EngagementBot.Guidance.Loading;

/// <summary>Works out which folder the packs are read from.</summary>
public static class PacksFolder
{
    public static string Resolve(string? configuredPath, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return Path.GetFullPath(configuredPath, baseDirectory);
        }

        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "packs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No seeds/packs folder above {baseDirectory}; set {GuidanceOptions.SectionName}:PacksPath.");
    }
}
