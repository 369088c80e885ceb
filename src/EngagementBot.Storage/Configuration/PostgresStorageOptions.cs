namespace EngagementBot.Storage.Configuration;

/// <summary>Settings under <c>Storage:Postgres</c>.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>
    /// The Npgsql connection string of the shared database (<c>Storage:Postgres:ConnectionString</c>),
    /// e.g. <c>Host=…;Database=engagementbot;Username=…;Password=…;SSL Mode=Require</c>. Required when
    /// <c>Storage:Provider</c> is <c>Postgres</c>.
    /// </summary>
    public string? ConnectionString { get; set; }
}
