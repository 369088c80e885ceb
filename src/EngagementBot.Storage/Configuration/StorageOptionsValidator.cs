using Microsoft.Extensions.Options;

namespace EngagementBot.Storage.Configuration;

/// <summary>Checks the storage settings at startup, naming the setting that is wrong.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.Sqlite.Path))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SqlitePathKey} must name the database file (default '{SqliteStorageOptions.DefaultPath}').");
        }

        if (options.Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(options.Postgres.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.PostgresConnectionStringKey} is required when {StorageOptions.ProviderKey} is 'Postgres' "
                + "(an Npgsql connection string, e.g. 'Host=db.example.com;Database=engagementbot;Username=bot;Password=…;SSL Mode=Require').");
        }

        return ValidateOptionsResult.Success;
    }
}
