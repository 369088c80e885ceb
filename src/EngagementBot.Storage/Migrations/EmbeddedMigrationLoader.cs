using System.Globalization;
using System.Reflection;

namespace EngagementBot.Storage.Migrations;

/// <summary>
/// Loads schema scripts embedded in this assembly under a prefix (e.g. <c>Sqlite.Migrations.</c>).
/// A script is named <c>&lt;version&gt;_&lt;name&gt;.sql</c>, e.g. <c>0001_initial.sql</c>.
/// </summary>
internal static class EmbeddedMigrationLoader
{
    public static MigrationCatalog Load(string resourcePrefix)
    {
        var assembly = typeof(EmbeddedMigrationLoader).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(resourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[resourcePrefix.Length..^".sql".Length]));
        return new MigrationCatalog(migrations);
    }

    private static Migration Read(Assembly assembly, string resourceName, string fileStem)
    {
        var separator = fileStem.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0
            || !int.TryParse(fileStem.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration script '{resourceName}' must be named <version>_<name>.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration script '{resourceName}' cannot be read.");
        using var reader = new StreamReader(stream);
        return new Migration(version, fileStem[(separator + 1)..], reader.ReadToEnd());
    }
}
