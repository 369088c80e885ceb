namespace EngagementBot.Guidance.Loading;

/// <summary>Configuration section "Guidance".</summary>
public sealed class GuidanceOptions
{
    public const string SectionName = "Guidance";

    public const string DefaultActivePack = "cwm-taf-children";

    /// <summary>
    /// Folder holding the pack files. Relative paths are resolved against the app base directory.
    /// Empty: the first <c>seeds/packs</c> folder found walking up from the app base directory.
    /// </summary>
    public string? PacksPath { get; set; }

    /// <summary>Id of the pack this deployment uses.</summary>
    public string ActivePack { get; set; } = DefaultActivePack;
}
