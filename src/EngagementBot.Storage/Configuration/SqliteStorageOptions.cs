namespace EngagementBot.Storage.Configuration;

/// <summary>Settings under <c>Storage:Sqlite</c>.</summary>
public sealed class SqliteStorageOptions
{
    public const string DefaultPath = "data/engagementbot.db";

    /// <summary>
    /// The database file (<c>Storage:Sqlite:Path</c>). A relative path is resolved against the
    /// host's content root (the current directory when there is no host); its folder is created.
    /// </summary>
    public string Path { get; set; } = DefaultPath;
}
