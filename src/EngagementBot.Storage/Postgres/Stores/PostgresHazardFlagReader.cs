using EngagementBot.Domain.Cases;
using EngagementBot.Storage.Mapping;
using Npgsql;

namespace EngagementBot.Storage.Postgres.Stores;

/// <summary>
/// Reads hazard flags with their renewals, for a filter on <c>hazard_flags</c>, in one command with two
/// result sets. Works on its own connection or inside a store's transaction.
/// </summary>
internal static class PostgresHazardFlagReader
{
    public const string ById = "id = @id";

    public const string ForCase = "lower(case_reference) = lower(@case_reference)";

    public const string ActiveForCase =
        "lower(case_reference) = lower(@case_reference) AND withdrawn_at_ms IS NULL AND review_at_ms > @now_ms";

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
    public static async Task<List<HazardFlag>> ReadAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        string filter,
        Action<NpgsqlCommand> bind,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT {FlagColumns} FROM hazard_flags WHERE {filter};
            SELECT {RenewalColumns} FROM hazard_flag_renewals
            WHERE flag_id IN (SELECT id FROM hazard_flags WHERE {filter})
            ORDER BY flag_id, sequence;
            """,
            connection,
            transaction);
        bind(command);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<HazardFlag>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(HazardFlagRows.ReadFlag(reader));
        }

        var renewals = new Dictionary<Guid, List<HazardFlagRenewal>>();
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var flagId = reader.GetGuid(0);
            if (!renewals.TryGetValue(flagId, out var list))
            {
                renewals[flagId] = list = [];
            }

            list.Add(HazardFlagRows.ReadRenewal(reader));
        }

        return [.. rows.Select(flag => renewals.TryGetValue(flag.Id, out var list) ? flag with { Renewals = list } : flag)];
    }

    public static async Task<HazardFlag?> ReadOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(connection, transaction, ById, command => command.With("@id", id), cancellationToken)).SingleOrDefault();
}
