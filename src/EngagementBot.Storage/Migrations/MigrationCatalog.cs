
namespace EngagementBot.Storage.Migrations;

/// <summary>
/// The ordered schema scripts one provider knows, and the decision which of them a database
/// still needs. Provider-neutral: each provider applies the scripts in its own dialect.
/// </summary>
internal sealed class MigrationCatalog
{
    public MigrationCatalog(IEnumerable<Migration> migrations)
    {
        Migrations = [.. migrations.OrderBy(m => m.Version)];
        if (Migrations.Count == 0)
        {
            throw new InvalidOperationException("A migration catalog needs at least one migration.");
        }

        for (var i = 0; i < Migrations.Count; i++)
        {
            if (Migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration versions must run 1, 2, 3… without gaps or repeats; found {Migrations[i].Version} at position {i + 1}.");
            }
        }
    }

    public IReadOnlyList<Migration> Migrations { get; }

    public int LatestVersion => Migrations[^1].Version;

    /// <summary>The migration that follows <paramref name="currentVersion"/>, or null when the schema is current.</summary>
    /// <exception cref="StorageStartupException">The database is newer than this build.</exception>
    public Migration? NextAfter(long currentVersion, string databaseDescription)
    {
        if (currentVersion > LatestVersion)
        {
            throw new StorageStartupException(
                $"The database {databaseDescription} has schema version {currentVersion}, but this build of "
                + $"EngagementBot only knows schema versions up to {LatestVersion}. Refusing to start so the "
                + "newer data is not damaged: run a build that knows this schema, or restore a matching backup.");
        }

        return currentVersion == LatestVersion ? null : Migrations[(int)currentVersion];
    }
}
