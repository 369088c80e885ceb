namespace EngagementBot.Dialogs.Composition;

/// <summary>Where the definitions are: the configured path, or the nearest <c>dialogs</c> folder above the app.</summary>
public static class DialogsFolder
{
    public const string DefaultName = "dialogs";

    public static string Resolve(string? configured, string? startDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var start = startDirectory ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No '{DefaultName}' folder found above {start}; set Dialogs:Path.");
    }
}
