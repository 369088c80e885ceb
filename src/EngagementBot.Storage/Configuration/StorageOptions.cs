namespace EngagementBot.Storage.Configuration;

/// <summary>Settings under <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string ProviderKey = SectionName + ":Provider";

    public const string SqlitePathKey = SectionName + ":Sqlite:Path";

    public const string PostgresConnectionStringKey = SectionName + ":Postgres:ConnectionString";

    /// <summary><c>Storage:Provider</c>: <c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public PostgresStorageOptions Postgres { get; set; } = new();
}
