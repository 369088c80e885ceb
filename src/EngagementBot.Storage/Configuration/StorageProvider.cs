namespace EngagementBot.Storage.Configuration;

/// <summary>Which database backs the stores (setting <c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>Embedded, single-instance default: one database file on local disk.</summary>
    Sqlite,

    /// <summary>Shared PostgreSQL server, for several bot instances (<c>Storage:Postgres:ConnectionString</c>).</summary>
    Postgres,
}
