using EngagementBot.Domain.Cases;
using EngagementBot.Storage.Mapping;
using Microsoft.Data.Sqlite;

namespace EngagementBot.Storage.Sqlite.Stores;

/// <summary>
/// Reads hazard flags with their renewals, for a filter on <c>hazard_flags</c>, in one command with two
/// result sets. Works on a pooled reader connection or on the writer inside its transaction.
/// </summary>
internal static class SqliteHazardFlagReader
{
    public const string ById = "id = $id";

    public const string ForCase = "case_reference = $case_reference";

    public const string ActiveForCase = "case_reference = $case_reference AND withdrawn_at_ms IS NULL AND review_at_ms > $now_ms";

    private const string FlagColumns = """
        id, case_reference, kind, severity, advice, review_at_ms, raised_by, raised_by_agency, raised_at_ms,
        source_incident_id, withdrawn_at_ms, withdrawn_by, withdrawn_by_agency, withdrawal_reason
        """;

    private const string RenewalColumns = """
        flag_id, renewed_at_ms, renewed_by, renewed_by_agency, previous_review_at_ms, review_at_ms
        """;

    /// <summary>
    /// The flags matching <paramref name="filter"/> (one of the constants above), unordered. The
    /// parameters the filter names are bound by <paramref name="bind"/>.
    /// </summary>
    public static List<HazardFlag> Read(
        SqliteConnection connection, SqliteTransaction? transaction, string filter, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT {FlagColumns} FROM hazard_flags WHERE {filter};
            SELECT {RenewalColumns} FROM hazard_flag_renewals
            WHERE flag_id IN (SELECT id FROM hazard_flags WHERE {filter})
            ORDER BY flag_id, sequence;
            """;
        bind(command);

        using var reader = command.ExecuteReader();
        var rows = new List<HazardFlag>();
        while (reader.Read())
        {
            rows.Add(HazardFlagRows.ReadFlag(reader));
        }

        var renewals = new Dictionary<Guid, List<HazardFlagRenewal>>();
        reader.NextResult();
        while (reader.Read())
        {
            var flagId = Guid.Parse(reader.GetString(0));
            if (!renewals.TryGetValue(flagId, out var list))
            {
                renewals[flagId] = list = [];
            }

            list.Add(HazardFlagRows.ReadRenewal(reader));
        }

        return [.. rows.Select(flag => renewals.TryGetValue(flag.Id, out var list) ? flag with { Renewals = list } : flag)];
    }

    public static HazardFlag? ReadOne(SqliteConnection connection, SqliteTransaction? transaction, Guid id) =>
        Read(connection, transaction, ById, command => command.With("$id", IdText(id))).SingleOrDefault();

    public static string IdText(Guid id) => id.ToString("D");
}
