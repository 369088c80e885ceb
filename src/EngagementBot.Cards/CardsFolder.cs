namespace EngagementBot.Cards;

/// <summary>Works out which folder the card templates are loaded from.</summary>
internal static class CardsFolder
{
    public const string DefaultFolderName = "cards";

    /// <param name="configuredPath">Cards:Path, if set.</param>
    /// <param name="contentRoot">The host's content root, if there is a host.</param>
    /// <param name="baseDirectory">The application's base directory.</param>
    public static string Resolve(string? configuredPath, string? contentRoot, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var full = Path.GetFullPath(configuredPath, contentRoot ?? baseDirectory);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"Cards:Path points to '{full}', which does not exist.");
        }

        foreach (var start in new[] { contentRoot, baseDirectory })
        {
            if (start is not null && FindUpwards(start) is { } found)
            {
                return found;
            }
        }

        throw new DirectoryNotFoundException(
            $"No '{DefaultFolderName}' folder was found above '{contentRoot ?? baseDirectory}'; set Cards:Path.");
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultFolderName);
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.json").Any())
            {
                return candidate;
            }
        }

        return null;
    }
}
